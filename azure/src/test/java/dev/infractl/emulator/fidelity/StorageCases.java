package dev.infractl.emulator.fidelity;

import static dev.infractl.emulator.fidelity.Fixtures.STORAGE_API;

import com.azure.storage.file.share.models.ShareStorageException;
import java.util.List;

/** az storage account create/show/list/keys/check-name and az storage share-rm, per the storage specs. */
final class StorageCases {

    private StorageCases() {
    }

    static List<Case> all() {
        return List.of(
                new Case("storage", "create answers 200 or 202 Accepted, never 201", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-create-" + c.fixtures.runId());
                    Expect.status(c.http.put(c.fixtures.accountPath(group, "fid" + c.fixtures.runId() + "new") + STORAGE_API,
                            Fixtures.accountBody()), 200, 202);
                }),
                new Case("storage", "show has endpoints, TLS and provisioningState", c -> {
                    String account = c.fixtures.account();
                    Reply shown = Expect.status(c.http.get(c.fixtures.accountPath(c.fixtures.group(), account) + STORAGE_API), 200);
                    Expect.that(shown.at("/properties/primaryEndpoints/file").contains(account), "file endpoint: " + shown);
                    Expect.that(shown.at("/properties/primaryEndpoints/blob").contains(account), "blob endpoint: " + shown);
                    Expect.field(shown, "/properties/minimumTlsVersion", "TLS1_2");
                    Expect.field(shown, "/properties/provisioningState", "Succeeded");
                }),
                new Case("storage", "listKeys answers key1 and key2 with FULL permissions", c -> {
                    Reply keys = Expect.status(c.http.post(accountPath(c) + "/listKeys" + STORAGE_API, null), 200);
                    Expect.field(keys, "/keys/0/keyName", "key1");
                    Expect.field(keys, "/keys/1/keyName", "key2");
                    Expect.field(keys, "/keys/0/permissions", "FULL");
                    Expect.that(!keys.at("/keys/0/value").equals(keys.at("/keys/1/value")), "key1 equals key2");
                }),
                new Case("storage", "regenerateKey changes key1 only", c -> {
                    String account = rotatedAccount(c, "rot");
                    Reply before = Expect.status(c.http.post(account + "/listKeys" + STORAGE_API, null), 200);
                    Reply after = Expect.status(c.http.post(account + "/regenerateKey" + STORAGE_API,
                            "{\"keyName\": \"key1\"}"), 200);
                    Expect.that(!before.at("/keys/0/value").equals(after.at("/keys/0/value")), "key1 unchanged");
                    Expect.equal(before.at("/keys/1/value"), after.at("/keys/1/value"), "key2");
                }),
                new Case("storage", "the Files data plane refuses a key that was regenerated", c -> {
                    String name = "fid" + c.fixtures.runId() + "old";
                    String account = rotatedAccount(c, "old");
                    c.shares(name).createShare("beforerotation");
                    Expect.status(c.http.post(account + "/regenerateKey" + STORAGE_API, "{\"keyName\": \"key1\"}"), 200);
                    try {
                        c.shares(name).createShare("afterrotation");
                        throw new Mismatch("the old key1 still signs requests after regenerateKey");
                    } catch (ShareStorageException refused) {
                        Expect.equal(403, refused.getStatusCode(), "status");
                        Expect.equal("AuthenticationFailed", refused.getErrorCode().toString(), "error code");
                    }
                }),
                new Case("storage", "a file service PUT keeps the settings it leaves out", c -> {
                    String service = accountPath(c) + "/fileServices/default" + STORAGE_API;
                    Expect.status(c.http.put(service, "{\"properties\": {\"shareDeleteRetentionPolicy\":"
                            + " {\"enabled\": true, \"days\": 14}}}"), 200);
                    Reply read = Expect.status(c.http.get(service), 200);
                    Expect.field(read, "/properties/shareDeleteRetentionPolicy/days", "14");
                    Expect.present(read, "/properties/cors");
                    Expect.field(read, "/type", "Microsoft.Storage/storageAccounts/fileServices");
                }),
                new Case("storage", "checkNameAvailability says a free name is available", c ->
                        Expect.field(check(c, "fid" + c.fixtures.runId() + "free"), "/nameAvailable", "true")),
                new Case("storage", "checkNameAvailability says an existing name is AlreadyExists", c -> {
                    Reply taken = check(c, c.fixtures.account());
                    Expect.field(taken, "/nameAvailable", "false");
                    Expect.field(taken, "/reason", "AlreadyExists");
                }),
                new Case("storage", "checkNameAvailability says an invalid name is AccountNameInvalid", c -> {
                    Reply invalid = check(c, "Not_Valid");
                    Expect.field(invalid, "/nameAvailable", "false");
                    Expect.field(invalid, "/reason", "AccountNameInvalid");
                }),
                new Case("storage", "the same name in a second group is 409 StorageAccountAlreadyTaken", c -> {
                    String other = c.fixtures.makeGroup("rg-fid-taken-" + c.fixtures.runId());
                    Expect.error(c.http.put(c.fixtures.accountPath(other, c.fixtures.account()) + STORAGE_API,
                            Fixtures.accountBody()), 409, "StorageAccountAlreadyTaken");
                }),
                new Case("storage", "an invalid name is 400 AccountNameInvalid", c ->
                        Expect.error(c.http.put(c.fixtures.accountPath(c.fixtures.group(), "Not_Valid") + STORAGE_API,
                                Fixtures.accountBody()), 400, "AccountNameInvalid")),
                new Case("storage", "list by group includes the account", c -> {
                    Reply listed = Expect.status(c.http.get(c.fixtures.groupPath(c.fixtures.group())
                            + "/providers/Microsoft.Storage/storageAccounts" + STORAGE_API), 200);
                    Expect.that(listed.body().contains(c.fixtures.account()), "group list lacks the account: " + listed);
                }),
                new Case("storage", "list in the subscription includes the account", c -> {
                    Reply listed = Expect.status(c.http.get(c.endpoint.sub()
                            + "/providers/Microsoft.Storage/storageAccounts" + STORAGE_API), 200);
                    Expect.that(listed.body().contains(c.fixtures.account()), "subscription list lacks the account: " + listed);
                }),
                new Case("storage", "the default file service reads", c ->
                        Expect.field(Expect.status(c.http.get(accountPath(c) + "/fileServices/default" + STORAGE_API), 200),
                                "/name", "default")),
                new Case("storage", "a share made through ARM is listed by ARM", c -> {
                    Expect.status(c.http.put(accountPath(c) + "/fileServices/default/shares/armshare" + STORAGE_API,
                            "{\"properties\": {\"shareQuota\": 5}}"), 200, 201);
                    Reply listed = Expect.status(c.http.get(accountPath(c) + "/fileServices/default/shares" + STORAGE_API), 200);
                    Expect.that(listed.body().contains("armshare"), "ARM share list lacks armshare: " + listed);
                }),
                new Case("storage", "a share made on the data plane is visible to ARM", c -> {
                    c.shares(c.fixtures.account()).createShare("planeshare");
                    Expect.status(c.http.get(accountPath(c) + "/fileServices/default/shares/planeshare" + STORAGE_API), 200);
                }),
                new Case("storage", "a deleted account takes its shares", c -> {
                    String group = c.fixtures.makeGroup("rg-fid-acctdel-" + c.fixtures.runId());
                    String name = "fid" + c.fixtures.runId() + "gone";
                    String path = c.fixtures.accountPath(group, name);
                    c.fixtures.makeAccount(group, name, Fixtures.accountBody());
                    Expect.status(c.http.put(path + "/fileServices/default/shares/doomed" + STORAGE_API, "{}"), 200, 201);
                    Expect.status(c.http.delete(path + STORAGE_API), 200, 204);
                    c.fixtures.makeAccount(group, name, Fixtures.accountBody());
                    Expect.status(c.http.get(path + "/fileServices/default/shares/doomed" + STORAGE_API), 404);
                }));
    }

    /** An account of its own: regenerating a key of the shared one would fail every later Files case. */
    private static String rotatedAccount(Clients c, String suffix) {
        String name = "fid" + c.fixtures.runId() + suffix;
        c.fixtures.makeAccount(c.fixtures.group(), name, Fixtures.accountBody());
        return c.fixtures.accountPath(c.fixtures.group(), name);
    }

    private static String accountPath(Clients c) {
        return c.fixtures.accountPath(c.fixtures.group(), c.fixtures.account());
    }

    private static Reply check(Clients c, String name) {
        return Expect.status(c.http.post(c.endpoint.sub() + "/providers/Microsoft.Storage/checkNameAvailability"
                + STORAGE_API, "{\"name\": \"" + name + "\", \"type\": \"Microsoft.Storage/storageAccounts\"}"), 200);
    }
}
