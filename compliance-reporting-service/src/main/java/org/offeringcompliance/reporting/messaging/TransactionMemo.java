package org.offeringcompliance.reporting.messaging;

import java.util.HashSet;
import java.util.Set;

import jakarta.transaction.TransactionScoped;

/** What the current transaction has done once and need not repeat for every event of a batch. */
@TransactionScoped
public class TransactionMemo {

    private final Set<Object> done = new HashSet<>();

    /** True the first time the key is seen in this transaction. */
    public boolean first(Object key) {
        return done.add(key);
    }

    /** True when the key was seen already in this transaction. */
    public boolean seen(Object key) {
        return done.contains(key);
    }
}
