package io.polycloud.huawei.dds.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of scheduled tasks. A task that does not exist (or was cancelled) is simply absent.
 *
 * @param schedules  the page's tasks ({@code schedules})
 * @param totalCount how many tasks match, over every page ({@code total_count})
 * @param requestId  the id the service gave the request ({@code X-Request-Id}), if sent
 */
public record ListScheduledTasksResponse(List<ScheduledTask> schedules, int totalCount, Optional<String> requestId) {

    /** Copies the list and checks that no component is null. */
    public ListScheduledTasksResponse {
        schedules = List.copyOf(schedules);
        Objects.requireNonNull(requestId, "requestId");
    }
}
