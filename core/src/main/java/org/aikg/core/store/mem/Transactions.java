package org.aikg.core.store.mem;

import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.Transactional;

/**
 * Transactions over the committed state: one writer at a time and any number of readers beside it. The writer keeps
 * its changes apart ({@link Changes}); readers see the committed state only. A commit waits until no reader is
 * active, applies the changes and lets readers in again; an abort drops them.
 */
final class Transactions implements Transactional {

    /** One thread's transaction. */
    private static final class Txn {
        final TxnType type;
        ReadWrite mode;
        Changes changes;
        boolean finished;

        Txn(TxnType type, ReadWrite mode) {
            this.type = type;
            this.mode = mode;
        }
    }

    private final Committed committed;
    private final ReentrantReadWriteLock state = new ReentrantReadWriteLock();
    private final ReentrantLock writer = new ReentrantLock();
    private final ThreadLocal<Txn> current = new ThreadLocal<>();

    Transactions(Committed committed) {
        this.committed = committed;
    }

    /** What this thread's transaction reads. */
    DataView view() {
        Txn txn = active();
        return txn.changes != null ? txn.changes : committed;
    }

    /** This thread's write transaction's changes. */
    Changes changes() {
        Txn txn = active();
        if (txn.changes == null) {
            throw new JenaTransactionException("Not in a write transaction");
        }
        return txn.changes;
    }

    private Txn active() {
        Txn txn = current.get();
        if (txn == null) {
            throw new JenaTransactionException("Not in a transaction");
        }
        if (txn.finished) {
            throw new JenaTransactionException("The transaction has already committed or aborted");
        }
        return txn;
    }

    @Override
    public void begin(TxnType type) {
        if (current.get() != null) {
            throw new JenaTransactionException("Already in a transaction");
        }
        Txn txn;
        if (type == TxnType.WRITE) {
            writer.lock();
            txn = new Txn(type, ReadWrite.WRITE);
            txn.changes = new Changes(committed);
        } else {
            state.readLock().lock();
            txn = new Txn(type, ReadWrite.READ);
        }
        current.set(txn);
    }

    @Override
    public boolean promote(Promote how) {
        Txn txn = active();
        if (txn.mode == ReadWrite.WRITE) {
            return true;
        }
        if (txn.type == TxnType.READ || !writer.tryLock()) {
            return false;
        }
        state.readLock().unlock();
        txn.mode = ReadWrite.WRITE;
        txn.changes = new Changes(committed);
        return true;
    }

    @Override
    public void commit() {
        Txn txn = active();
        if (txn.changes != null) {
            state.writeLock().lock();
            try {
                committed.apply(txn.changes);
            } finally {
                state.writeLock().unlock();
            }
        }
        finish(txn);
    }

    @Override
    public void abort() {
        Txn txn = current.get();
        if (txn == null) {
            throw new JenaTransactionException("Not in a transaction");
        }
        finish(txn);
    }

    private static void finish(Txn txn) {
        txn.changes = null;
        txn.finished = true;
    }

    @Override
    public void end() {
        Txn txn = current.get();
        if (txn == null) {
            return;
        }
        boolean unfinishedWrite = txn.mode == ReadWrite.WRITE && !txn.finished;
        finish(txn);
        current.remove();
        if (txn.mode == ReadWrite.WRITE) {
            writer.unlock();
        } else {
            state.readLock().unlock();
        }
        if (unfinishedWrite) {
            throw new JenaTransactionException("A write transaction ended without commit or abort; its changes were dropped");
        }
    }

    @Override
    public ReadWrite transactionMode() {
        Txn txn = current.get();
        return txn == null ? null : txn.mode;
    }

    @Override
    public TxnType transactionType() {
        Txn txn = current.get();
        return txn == null ? null : txn.type;
    }

    @Override
    public boolean isInTransaction() {
        return current.get() != null;
    }
}
