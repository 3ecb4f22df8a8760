ALTER TABLE `mailings` ADD `include_not_mailed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `planned_mailings` ADD `include_not_mailed` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Reminders started or planned before this column existed reminded libraries never mailed an invitation too: they keep that rule.
UPDATE `mailings` SET `include_not_mailed` = true WHERE `kind` = 'reminder';--> statement-breakpoint
UPDATE `planned_mailings` SET `include_not_mailed` = true WHERE `kind` = 'reminder';
