package io.polycloud.testing;

/**
 * Whether an emulated DRS or LakeFormation job is running. DRS deletes only {@link #STOPPED}
 * jobs ({@code DRS.M00304} otherwise); LakeFormation refuses to delete a {@link #RUNNING} one.
 */
public enum JobState {
    /** The job is running. */
    RUNNING,
    /** The job has stopped (or finished). */
    STOPPED
}
