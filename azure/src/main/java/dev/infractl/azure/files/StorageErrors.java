package dev.infractl.azure.files;

import com.azure.storage.file.share.models.ShareErrorCode;
import com.azure.storage.file.share.models.ShareStorageException;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;

/** Turns the Files service's refusals into infractl errors that say what, where and how to fix. */
final class StorageErrors {

    private StorageErrors() {
    }

    static boolean is(ShareStorageException error, ShareErrorCode code) {
        return code.equals(error.getErrorCode());
    }

    static InfractlException of(RuntimeException failure, String account, String share, String path) {
        if (failure instanceof InfractlException infractl) {
            return infractl;
        }
        String where = "https://" + account + ".file/" + share + "/" + path;
        if (failure instanceof ShareStorageException error) {
            String code = error.getErrorCode() == null ? "HTTP " + error.getStatusCode() : error.getErrorCode().toString();
            if (error.getStatusCode() == 403 || error.getStatusCode() == 401) {
                return new InfractlException(ExitCode.AUTHENTICATION, "storage account " + account
                        + " refused the request (" + code + ") for " + share + "/" + path,
                        "the account key from listKeys did not work: if the key was just rotated, run deploy again;"
                                + " if the account allows no shared-key access (allowSharedKeyAccess=false), enable it"
                                + " or sync with another tool", failure);
            }
            if (is(error, ShareErrorCode.SHARE_NOT_FOUND)) {
                return new InfractlException(ExitCode.AZURE_FAILED, "file share " + share + " does not exist in storage account "
                        + account + " (ShareNotFound)", "check FILE_SHARE_NAME in infra/inference.config.json, or run"
                        + " `infractl provision` to create it", failure);
            }
            return new InfractlException(ExitCode.AZURE_FAILED, "Azure Files refused " + where + ": " + code + " (HTTP "
                    + error.getStatusCode() + ")", "run deploy again; files already uploaded are skipped", failure);
        }
        return new InfractlException(ExitCode.AZURE_FAILED, "cannot reach the file endpoint of storage account " + account
                + ": " + rootMessage(failure), "check the network, or --verbose for each request", failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
