-- Issue 5: cases opened by a reporter whose record is poor wait for an analyst even when they reproduce (extra triage).
ALTER TABLE cases ADD COLUMN extra_triage text NULL;
