package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One volunteer's part in a task. */
@Entity
@Table(name = "task_signup")
public class TaskSignUp {

    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    /** Null once the volunteer is erased. */
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskSignUpStatus status;

    @Column(name = "signed_up_at", nullable = false)
    public Instant signedUpAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
