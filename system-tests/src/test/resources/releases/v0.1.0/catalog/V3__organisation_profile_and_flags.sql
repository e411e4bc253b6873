-- Issue 13: the organisation profile (owned by the catalog, read by policy-service), the grade's flags kept on the
-- asset, and the security-admin's record that the secrecy review cleared a possible state secret.

CREATE TABLE organisation_profiles (
    organisation          varchar(100) PRIMARY KEY,
    legal_name            varchar(300) NOT NULL,
    uscc                  varchar(18)  NOT NULL,
    sector                varchar(30)  NOT NULL,
    province              varchar(100) NOT NULL,
    filing_authority      varchar(200) NOT NULL,
    ciio                  boolean      NOT NULL,
    data_security_officer varchar(200),
    data_security_body    varchar(300),
    updated_at            timestamptz  NOT NULL,
    updated_by            varchar(100) NOT NULL
);

-- The flags of the grade in force (OUT_OF_SCOPE, POSSIBLE_STATE_SECRET, NEEDS_REVIEW).
ALTER TABLE assets ADD COLUMN flags text[] NOT NULL DEFAULT '{}';
ALTER TABLE assets ADD COLUMN secrecy_reference     varchar(200);
ALTER TABLE assets ADD COLUMN secrecy_justification text;
ALTER TABLE assets ADD COLUMN secrecy_cleared_by    varchar(100);
ALTER TABLE assets ADD COLUMN secrecy_cleared_at    timestamptz;

-- The flags a reviewer set explicitly (NULL: the review keeps the asset's flags).
ALTER TABLE reviews ADD COLUMN flags text[];

-- Existing assets take the flags of their latest automatic grade that was applied (not a pending, rejected or
-- superseded proposal). Reviewer revisions carried no flags before this migration.
UPDATE assets a SET flags = r.flags
FROM (SELECT DISTINCT ON (asset_id) asset_id, flags FROM grading_revisions
      WHERE source = 'AUTOMATIC' AND (proposal_status IS NULL OR proposal_status IN ('ACCEPTED', 'NO_CHANGE'))
      ORDER BY asset_id, id DESC) r
WHERE a.id = r.asset_id AND a.level IS NOT NULL;

-- Demo profiles of the realm's organisations (identity/energy-realm.json). Invented names; the unified social credit
-- codes are made up but carry valid GB 11714 and GB 32100 check characters.
INSERT INTO organisation_profiles (organisation, legal_name, uscc, sector, province, filing_authority, ciio,
                                   data_security_officer, data_security_body, updated_at, updated_by)
VALUES ('east-grid', '华东电网有限公司 (demo)', '91310000132203571B', 'POWER_GRID', '上海', '国家能源局华东监管局', true,
        '数据安全负责人 (demo)', '网络安全和信息化领导小组 (demo)', now(), 'seed'),
       ('north-oil', '北方油气股份有限公司 (demo)', '91120000103005824G', 'OIL_GAS', '天津', '国家能源局华北监管局', true,
        '数据安全负责人 (demo)', '数据安全管理委员会 (demo)', now(), 'seed'),
       ('city-solar', '城市光伏能源有限公司 (demo)', '91320500MA1W7K2DXD', 'NEW_ENERGY', '江苏', '国家能源局江苏监管办公室',
        false, NULL, NULL, now(), 'seed');
