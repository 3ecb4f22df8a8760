DROP INDEX `outbox_status_due_idx`;--> statement-breakpoint
CREATE INDEX `outbox_queued_due_idx` ON `outbox` (`next_attempt_at`,`id`) WHERE status = 'queued';