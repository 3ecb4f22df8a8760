PRAGMA foreign_keys=OFF;--> statement-breakpoint
-- The parent key of the new foreign key: it must exist before rows are copied,
-- since the migration runs in a transaction where foreign keys stay enforced.
CREATE UNIQUE INDEX `responses_id_edition_status_unique` ON `responses` (`id`,`edition_id`,`status`);--> statement-breakpoint
CREATE TABLE `__new_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`response_id` integer NOT NULL,
	`edition_id` integer NOT NULL,
	`response_status` text NOT NULL,
	`question_code` text NOT NULL,
	`option_code` text,
	`number_value` real,
	`text_value` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`response_id`,`edition_id`,`response_status`) REFERENCES `responses`(`id`,`edition_id`,`status`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
-- Backfill: every answer takes its response's edition and status, and its
-- position among the response's rows for the question in the order they were
-- written. (New rows put exclusive options last; in stored submitted
-- responses an exclusive option stands alone, so the order written is right.)
INSERT INTO `__new_answers`("id", "response_id", "edition_id", "response_status", "question_code", "option_code", "number_value", "text_value", "position") SELECT a."id", a."response_id", r."edition_id", r."status", a."question_code", a."option_code", a."number_value", a."text_value", row_number() OVER (PARTITION BY a."response_id", a."question_code" ORDER BY a."id") FROM `answers` a JOIN `responses` r ON r."id" = a."response_id" ORDER BY a."id";--> statement-breakpoint
DROP TABLE `answers`;--> statement-breakpoint
ALTER TABLE `__new_answers` RENAME TO `answers`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `answers_response_idx` ON `answers` (`response_id`);--> statement-breakpoint
CREATE INDEX `answers_edition_counts_idx` ON `answers` (`edition_id`,`response_status`,`question_code`,`option_code`,`number_value`,`position`,`response_id`);
