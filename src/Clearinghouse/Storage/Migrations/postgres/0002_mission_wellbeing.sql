-- An organization's SSVC Mission and Well-Being Impact: derived from sector and size tier, or set by the organization.
ALTER TABLE organizations ADD COLUMN mission_wellbeing_setting text NOT NULL DEFAULT 'Derived';
