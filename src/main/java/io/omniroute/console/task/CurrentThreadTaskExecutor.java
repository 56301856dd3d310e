package io.omniroute.console.task;

/** Everything inline on the caller's thread; a failure without a handler is rethrown so a test sees it. */
final class CurrentThreadTaskExecutor implements TaskExecutor {

    static final CurrentThreadTaskExecutor INSTANCE = new CurrentThreadTaskExecutor();

    private CurrentThreadTaskExecutor() {
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call();
        } catch (Exception e) {
            if (!task.failed(e)) {
                throw new IllegalStateException("task '" + task.name() + "' failed", e);
            }
            return;
        }
        task.succeeded(result);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
