-- One clearinghouse-staff organization per instance: `admin init` run twice at once must not create two.
CREATE UNIQUE INDEX ix_organizations_one_staff ON organizations (kind) WHERE kind = 'ClearinghouseStaff';
