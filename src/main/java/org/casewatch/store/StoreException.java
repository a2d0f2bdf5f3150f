package org.casewatch.store;

/** A database operation failed for a reason no caller can handle on the spot (disk full, corrupt file). */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
