package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Time a volunteer gave to a task on one day, in quarter hours. A log taken back keeps its row, withdrawn. */
@Entity
@Table(name = "task_hours")
public class TaskHours {

    @Id
    public UUID id;

    @Column(name = "signup_id", nullable = false)
    public UUID signUpId;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    /** The task's chapter when logged: what the hours count towards. */
    @Column(name = "chapter_id")
    public UUID chapterId;

    @Column(name = "worked_on", nullable = false)
    public LocalDate workedOn;

    @Column(nullable = false)
    public int minutes;

    @Column(name = "logged_at", nullable = false)
    public Instant loggedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public boolean counts() {
        return withdrawnAt == null;
    }
}
