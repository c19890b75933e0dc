package io.polycloud.jobs;

/**
 * What a batch is about to do, given to {@link BatchListener#onBatchStart(BatchInfo)}.
 *
 * @param refs                    how many refs the batch has
 * @param distinctRefs            how many different jobs they name (a ref listed twice is deleted once)
 * @param maxConcurrency          most jobs in progress at once
 * @param maxConcurrencyPerTarget most jobs in progress at once per service and region
 * @param dryRun                  whether nothing will be sent
 */
public record BatchInfo(int refs, int distinctRefs, int maxConcurrency, int maxConcurrencyPerTarget, boolean dryRun) {
}
