package dev.infractl.azure;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.management.exception.ManagementException;
import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import dev.infractl.deploy.ArmError;
import dev.infractl.deploy.FailureHints;
import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/**
 * Runs one SDK call and turns what the SDK throws into {@link InfractlException}: sign-in failures exit 3
 * with how to sign in, ARM's refusals exit 1 with the error tree and a hint for the code, an unreachable
 * endpoint exits 1 naming it.
 */
final class AzureCalls {

    private final URI endpoint;

    AzureCalls(URI endpoint) {
        this.endpoint = endpoint;
    }

    <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ClientAuthenticationException e) {
            throw signInFailed(e);
        } catch (ManagementException e) {
            throw refused(what, e);
        } catch (HttpResponseException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatusCode();
            throw new InfractlException(ExitCode.AZURE_FAILED, what + " failed with HTTP " + status + ": "
                    + firstLine(e.getMessage()), "run again with --verbose to see the requests", e);
        } catch (RuntimeException e) {
            if (isSignInProblem(e)) {
                throw signInFailed(e);
            }
            Throwable io = ioCause(e);
            if (io == null) {
                throw e;
            }
            String hint = io instanceof SSLException
                    ? "the server's certificate is not trusted: give its CA with --ca-cert PEM"
                    : "check the network, proxy settings and --arm-endpoint";
            throw new InfractlException(ExitCode.AZURE_FAILED, "cannot reach Resource Manager at " + endpoint + " ("
                    + what + "): " + io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage()),
                    hint, e);
        }
    }

    void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    InfractlException refused(String what, ManagementException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().getStatusCode();
        ArmError error = ArmErrors.of(e);
        if (status == 401) {
            return new InfractlException(ExitCode.AUTHENTICATION, "Azure rejected the credentials (" + what + "): "
                    + error.code() + ": " + firstLine(error.message()), Credentials.SIGN_IN_HINT, e);
        }
        String hint = String.join("\nhint: ", FailureHints.forError(error));
        return new InfractlException(ExitCode.AZURE_FAILED, what + " failed:\n" + String.join("\n", error.describe()),
                hint.isEmpty() ? null : hint, e);
    }

    static InfractlException signInFailed(Throwable e) {
        return new InfractlException(ExitCode.AUTHENTICATION, "cannot sign in to Azure: " + firstLine(e.getMessage()),
                Credentials.SIGN_IN_HINT, e);
    }

    private static boolean isSignInProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClientAuthenticationException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable ioCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return cause;
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
