-- Reporter standing (issue 5, scope 7) is assessed at every submission over the organization's most recent findings
-- and counts its findings of the last 24 hours: both read this index, newest first or by a range of received_at,
-- instead of every finding the organization ever sent.
CREATE INDEX ix_findings_organization_id_received_at ON findings (organization_id, received_at);
