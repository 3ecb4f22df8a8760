ALTER TABLE `invitations` ADD `token_encrypted` text;--> statement-breakpoint
ALTER TABLE `libraries` ADD `size_class` text;--> statement-breakpoint
ALTER TABLE `libraries` ADD `deactivated_at` integer;--> statement-breakpoint
ALTER TABLE `libraries` ADD `updated_at` integer;