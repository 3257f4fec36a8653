-- Issue 5: cases opened by a reporter in poor standing wait for an analyst even when they reproduce (extra triage),
-- and the inputs of the SSVC coordinator triage decision that intake learns from the reports or analysts record.
ALTER TABLE cases ADD COLUMN extra_triage text NULL;
ALTER TABLE cases ADD COLUMN report_public INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN supplier_contacted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN multiple_suppliers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN supplier_unresponsive INTEGER NOT NULL DEFAULT 0;
