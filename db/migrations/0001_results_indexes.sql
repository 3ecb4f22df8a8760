DROP INDEX `answers_question_option_idx`;--> statement-breakpoint
CREATE INDEX `answers_results_idx` ON `answers` (`question_code`,`option_code`,`number_value`,`response_id`);--> statement-breakpoint
CREATE INDEX `answers_question_response_idx` ON `answers` (`question_code`,`response_id`,`option_code`);