package io.omniroute.server.store;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** What one statement of a {@link RoundTrip} returned, there once the trip is sent. */
public final class Reply<T> {

    private final Supplier<T> derived;
    private T value;
    private boolean set;

    Reply() {
        this.derived = null;
    }

    private Reply(Supplier<T> derived) {
        this.derived = derived;
    }

    /** The statement's result; only after its round trip was sent. */
    public T get() {
        if (derived != null) {
            return derived.get();
        }
        if (!set) {
            throw new IllegalStateException("the round trip of this statement was not sent yet");
        }
        return value;
    }

    /** A reply that needs no statement. */
    static <T> Reply<T> of(T value) {
        Reply<T> reply = new Reply<>();
        reply.set(value);
        return reply;
    }

    /** The results of the replies, in their order, once all are there. */
    static <T> Reply<List<T>> all(List<Reply<T>> replies) {
        List<Reply<T>> parts = List.copyOf(replies);
        return new Reply<>(() -> parts.stream().map(Reply::get).toList());
    }

    /** The result as the function makes it, once there. */
    <U> Reply<U> map(Function<? super T, ? extends U> function) {
        return new Reply<>(() -> function.apply(get()));
    }

    void set(T result) {
        if (derived != null) {
            throw new IllegalStateException("a derived reply is not set");
        }
        value = result;
        set = true;
    }
}
