package io.polycloud.aliyun.vpc.model;

import static io.polycloud.aliyun.vpc.model.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FailoverTestJobTest {

    @Test
    void status_mapsKnownValuesAndKeepsUnknownOnes() {
        for (FailoverTestJobStatus s : FailoverTestJobStatus.values()) {
            if (s != FailoverTestJobStatus.UNKNOWN_TO_SDK_VERSION) {
                assertEquals(s, FailoverTestJobStatus.fromValue(s.value()));
            }
        }
        assertEquals(FailoverTestJobStatus.UNKNOWN_TO_SDK_VERSION, FailoverTestJobStatus.fromValue("testing"));
        assertEquals(FailoverTestJobStatus.UNKNOWN_TO_SDK_VERSION, FailoverTestJobStatus.fromValue(null));
        assertNull(FailoverTestJobStatus.UNKNOWN_TO_SDK_VERSION.value());
        assertEquals(JobType.START_LATER, JobType.fromValue("StartLater"));
        assertEquals(JobType.UNKNOWN_TO_SDK_VERSION, JobType.fromValue("Later"));
        assertEquals(ResourceType.PHYSICALCONNECTION, ResourceType.fromValue("PHYSICALCONNECTION"));
        assertEquals(ResourceType.UNKNOWN_TO_SDK_VERSION, ResourceType.fromValue("VBR"));
    }

    @Test
    void builder_requiresJobIdAndStatusAndRefusesUnknownConstants() {
        assertRejected("jobId", () -> FailoverTestJob.builder().status("Init").build());
        assertRejected("status", () -> FailoverTestJob.builder().jobId("ftj-1").build());
        assertRejected("status", () -> FailoverTestJob.builder().status(FailoverTestJobStatus.UNKNOWN_TO_SDK_VERSION));
        assertRejected("jobType", () -> FailoverTestJob.builder().jobType(JobType.UNKNOWN_TO_SDK_VERSION));
        assertRejected("resourceType", () -> FailoverTestJob.builder().resourceType((ResourceType) null));
        assertRejected("resourceIds[1]", () -> FailoverTestJob.builder().jobId("ftj-1").status("Init")
                .resourceIds(Arrays.asList("pc-1", null)).build());
    }

    @Test
    void accessorsEqualityAndToBuilder() {
        FailoverTestJob job = FailoverTestJob.builder().jobId("ftj-1").status(FailoverTestJobStatus.TESTING).name("n")
                .description("d").resourceType(ResourceType.PHYSICALCONNECTION).resourceIds("pc-1", "pc-2")
                .jobType(JobType.START_NOW).jobDuration(60).startTime(Instant.parse("2023-11-21T14:00:00Z"))
                .stopTime(Instant.parse("2023-11-21T15:00:00Z")).build();
        assertEquals("Testing", job.statusAsString());
        assertEquals("StartNow", job.jobTypeAsString().orElseThrow());
        assertEquals("PHYSICALCONNECTION", job.resourceTypeAsString().orElseThrow());
        assertEquals(job, job.toBuilder().build());
        assertEquals(job.hashCode(), job.toBuilder().build().hashCode());
        FailoverTestJob minimal = FailoverTestJob.builder().jobId("ftj-2").status("Init").build();
        assertTrue(minimal.name().isEmpty() && minimal.resourceType().isEmpty() && minimal.jobType().isEmpty()
                && minimal.jobDuration().isEmpty() && minimal.startTime().isEmpty() && minimal.stopTime().isEmpty()
                && minimal.resourceIds().isEmpty());
        assertEquals("FailoverTestJob{jobId=ftj-2, status=Init, name=null, description=null, resourceType=null, "
                + "resourceIds=[], jobType=null, jobDuration=null, startTime=null, stopTime=null}", minimal.toString());
    }

    @Test
    void describeResponse_treatsAnEmptyNextTokenAsTheLastPage() {
        DescribeFailoverTestJobsResponse last = DescribeFailoverTestJobsResponse.builder().requestId("r").nextToken("").build();
        assertTrue(last.nextToken().isEmpty());
        assertEquals(last, DescribeFailoverTestJobsResponse.builder().requestId("r").build());
        assertRejected("failoverTestJobList", () -> DescribeFailoverTestJobsResponse.builder().requestId("r")
                .failoverTestJobList((FailoverTestJob) null).build());
    }
}
