package app;

/**
 * What a consumer does with one SDK against the emulator: a successful call, then an error call
 * whose exception must carry the right code (for Polycloud's {@code ServiceException}, also the
 * category and the request id). Implementations live in the kit directories a consumer compiles in.
 */
interface ConsumerCalls {

    /**
     * Makes the calls.
     *
     * @param emulator the running emulator
     * @throws Exception      if a call fails
     * @throws AssertionError if an answer is not the expected one
     */
    void run(EmulatorProcess emulator) throws Exception;

    /**
     * The calls of that name.
     *
     * @param simpleName a class of this package, e.g. {@code PolycloudDrsCalls}
     * @return a new instance
     * @throws IllegalStateException if the consumer did not compile that class in
     */
    static ConsumerCalls named(String simpleName) {
        try {
            return (ConsumerCalls) Class.forName("app." + simpleName).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no calls named " + simpleName + " in this consumer", e);
        }
    }

    /**
     * Fails unless the two are equal.
     *
     * @param what     what is compared, for the message
     * @param expected the expected value
     * @param actual   the actual value
     */
    static void expectEqual(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new AssertionError(what + ": expected " + expected + ", got " + actual);
        }
    }
}
