package org.offeringcompliance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the seeder built, kept in a git-ignored file so a later run reuses it. Offering users beyond the few real ones
 * are synthetic: their uuids follow from their index, so nothing per user needs storing.
 */
public class Dataset {

    public static final int PROVIDERS = 100;
    public static final int OFFERINGS = 1000;
    public static final int CHECKLISTS = 20;
    public static final int REAL_USERS = 20;
    public static final int REAL_OFFERINGS_PER_USER = 10;
    public static final int BACKFILL_USERS = 100_000;
    /** Offering users per synthetic user: each user holds accounts on a few consecutive offerings. */
    static final int OFFERINGS_PER_SYNTHETIC_USER = 3;

    public static class Provider {
        public String customerUuid;
        public String providerUuid;
        public String ownerUsername;
    }

    public static class Question {
        public String uuid;
        public String type;
        public boolean required;
        public List<String> options = new ArrayList<>();
    }

    public static class Checklist {
        public String uuid;
        public String name;
        public List<Question> questions = new ArrayList<>();
    }

    public static class Offering {
        public String uuid;
        public String name;
        public int provider;
        /** Index into checklists, or -1 for an offering without one. */
        public int checklist;
    }

    public static class RealUser {
        public String uuid;
        public String username;
        public List<String> offeringUsers = new ArrayList<>();
    }

    public List<Provider> providers = new ArrayList<>();
    public List<Checklist> checklists = new ArrayList<>();
    public List<Offering> offerings = new ArrayList<>();
    public List<RealUser> users = new ArrayList<>();
    /** Offering that starts with 100 000 users and no checklist: the backfill scenario assigns one. */
    public int backfillOffering;
    /** The provider with 100 offerings whose overview is measured. */
    public int bigProvider;
    public boolean structureDone;
    public long regularPublished;
    public long backfillPublished;
    public long answeredUpTo;
    /** The offering-user service holds its rows of every published offering user (OwnerRows). */
    public boolean ownerRowsDone;
    public String backfillChecklist;
    public int backfillRuns;
    /** Figures kept between runs: the overview measured when the system held 10 000 offering users. */
    public Figures.Row overviewAt10k;

    // Synthetic offering users: regular ones spread round-robin over every offering but the backfill one.

    int regularOfferingCount() {
        return offerings.size() - 1;
    }

    Offering regularOffering(long index) {
        int k = (int) (index % regularOfferingCount());
        return offerings.get(k >= backfillOffering ? k + 1 : k);
    }

    static UUID regularOfferingUser(long index) {
        return new UUID(0xbe0c000000004000L, 0x8000000000000000L | index);
    }

    static UUID backfillOfferingUser(long index) {
        return new UUID(0xbe0c000100004000L, 0x8000000000000000L | index);
    }

    static UUID regularUser(long index) {
        return new UUID(0xbe0c000200004000L, 0x8000000000000000L | index / OFFERINGS_PER_SYNTHETIC_USER);
    }

    static UUID backfillUser(long index) {
        return new UUID(0xbe0c000300004000L, 0x8000000000000000L | index);
    }

    long realOfferingUsers() {
        return users.stream().mapToLong(u -> u.offeringUsers.size()).sum();
    }

    long totalOfferingUsers() {
        return realOfferingUsers() + regularPublished + backfillPublished;
    }

    /** Current completions the reports should hold: offering users of offerings that have a checklist. */
    long expectedCompletions() {
        long count = 0;
        for (long i = 0; i < regularPublished; i++) {
            count += regularOffering(i).checklist >= 0 ? 1 : 0;
        }
        for (RealUser user : users) {
            count += user.offeringUsers.size();
        }
        return count + (backfillChecklist == null ? 0 : backfillPublished);
    }

    static Dataset load(Path file) throws IOException {
        return Files.exists(file) ? Api.JSON.readValue(file.toFile(), Dataset.class) : new Dataset();
    }

    void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
