-- The groups, episodes and verdicts of `zpb summarize`, in SQL over the table `zpb facts` writes
-- (columns: docs/fleet-facts.md). It gives the same groups and verdicts as zpb summarize on the same
-- bundles (test/docs/fleet-sql.test.ts runs it in DuckDB and compares). Written in the SQL that
-- DuckDB, Trino/Athena and Spark share; see docs/fleet-facts.md for how to point each at the table.
--
-- Before running it, make `fleet_facts` name the table, e.g. in DuckDB:
--   CREATE VIEW fleet_facts AS SELECT * FROM 'facts.parquet';
-- The episode window is 120 minutes (summarize's --window 2h): change both 120s below to use another.
--
-- One row per group (set_no = 0) and per episode of it (set_no = 1, 2, ...), ordered as summarize
-- orders its groups: most bundles first, then the earliest, then the fingerprint.

WITH
-- Good bundles, each once: copies of one bundle (the same manifest) count as the first by source.
ranked AS (
  SELECT f.*,
         row_number() OVER (PARTITION BY coalesce(manifest_sha256, source) ORDER BY source) AS copy_no
  FROM fleet_facts f
  WHERE status = 'counted'
),
counted AS (
  SELECT source, fingerprint, code, action, masked_text, occurred_at, scope,
         coalesce(reporter_id, 'unknown') AS reporter,
         coalesce(device_id, 'unknown') AS device,
         coalesce(network_kind, 'unknown') AS network_kind,
         coalesce(vpn, 'unknown') AS vpn,
         coalesce(proxy, 'unknown') AS proxy,
         zoom_version,
         coalesce(zoom_version, 'unknown') AS version
  FROM ranked
  WHERE copy_no = 1
),
-- Episodes: a new one starts where the gap to the previous incident of the group exceeds the window.
gaps AS (
  SELECT c.*,
         CASE WHEN lag(occurred_at) OVER (PARTITION BY fingerprint ORDER BY occurred_at, source) IS NULL
                OR occurred_at - lag(occurred_at) OVER (PARTITION BY fingerprint ORDER BY occurred_at, source) > INTERVAL '120' MINUTE
              THEN 1 ELSE 0 END AS starts
  FROM counted c
),
episodes AS (
  SELECT g.*,
         sum(starts) OVER (PARTITION BY fingerprint ORDER BY occurred_at, source ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS episode
  FROM gaps g
),
-- The sets judged: each group whole (set_no 0) and each of its episodes.
members AS (
  SELECT 0 AS set_no, e.* FROM episodes e
  UNION ALL
  SELECT episode AS set_no, e.* FROM episodes e
),
sets AS (
  SELECT fingerprint, set_no,
         count(*) AS bundles,
         count(DISTINCT CASE WHEN reporter <> 'unknown' THEN reporter END) AS reporters,
         count(DISTINCT CASE WHEN device <> 'unknown' THEN device END) AS devices,
         sum(CASE WHEN reporter = 'unknown' THEN 1 ELSE 0 END) AS unknown_reporters,
         sum(CASE WHEN device = 'unknown' THEN 1 ELSE 0 END) AS unknown_devices,
         min(CASE WHEN reporter <> 'unknown' THEN reporter END) AS the_reporter,
         min(CASE WHEN device <> 'unknown' THEN device END) AS the_device,
         count(DISTINCT vpn) AS vpns, min(vpn) AS the_vpn,
         count(DISTINCT proxy) AS proxies, min(proxy) AS the_proxy,
         count(DISTINCT network_kind) AS kinds, min(network_kind) AS the_kind,
         count(DISTINCT version) AS versions, min(version) AS the_version,
         min(occurred_at) AS first_at, max(occurred_at) AS last_at
  FROM members
  GROUP BY fingerprint, set_no
),
-- What the set shares: one VPN, else one proxy, else one known network kind; one known Zoom version.
shared AS (
  SELECT s.*,
         CASE WHEN vpns = 1 AND the_vpn IN ('detected', 'possible') THEN 'vpn'
              WHEN proxies = 1 AND the_proxy IN ('proxy', 'auto-config') THEN 'proxy'
              WHEN kinds = 1 AND the_kind <> 'unknown' THEN 'kind' END AS network_by,
         CASE WHEN versions = 1 AND the_version <> 'unknown' THEN the_version END AS shared_version
  FROM sets s
),
-- Bundles of other errors from reporters not in the set ("the others"), beside each set.
pairs AS (
  SELECT s.fingerprint, s.set_no, s.network_by, s.the_vpn, s.the_proxy, s.the_kind, s.shared_version,
         o.vpn, o.proxy, o.network_kind, o.zoom_version
  FROM shared s
  JOIN counted o ON o.fingerprint <> s.fingerprint AND o.reporter <> 'unknown'
  WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.fingerprint = s.fingerprint AND m.set_no = s.set_no AND m.reporter = o.reporter)
),
-- How many of the others differ in the shared network, and in the shared version (of those with one).
others AS (
  SELECT fingerprint, set_no,
         count(*) AS network_compared,
         sum(CASE WHEN (network_by = 'vpn' AND vpn = the_vpn)
                    OR (network_by = 'proxy' AND proxy = the_proxy)
                    OR (network_by = 'kind' AND network_kind = the_kind) THEN 0 ELSE 1 END) AS network_differ,
         sum(CASE WHEN zoom_version IS NOT NULL THEN 1 ELSE 0 END) AS version_compared,
         sum(CASE WHEN zoom_version IS NOT NULL AND zoom_version <> shared_version THEN 1 ELSE 0 END) AS version_differ
  FROM pairs
  GROUP BY fingerprint, set_no
),
-- For one reporter on one device: their other devices that sent bundles of other errors.
other_devices AS (
  SELECT s.fingerprint, s.set_no, count(DISTINCT o.device) AS fine_devices
  FROM shared s
  LEFT JOIN counted o
    ON o.fingerprint <> s.fingerprint AND o.reporter = s.the_reporter AND o.device <> s.the_device AND o.device <> 'unknown'
  GROUP BY s.fingerprint, s.set_no
),
weighed AS (
  SELECT s.*, d.fine_devices,
         CASE WHEN coalesce(o.network_compared, 0) = 0 THEN 0.0 ELSE CAST(o.network_differ AS DOUBLE) / o.network_compared END AS network_share,
         CASE WHEN coalesce(o.version_compared, 0) = 0 THEN 0.0 ELSE CAST(o.version_differ AS DOUBLE) / o.version_compared END AS version_share,
         coalesce(o.network_compared, 0) > 0 AND CAST(o.network_differ AS DOUBLE) / o.network_compared >= 0.5 AS network_separates,
         coalesce(o.version_compared, 0) > 0 AND CAST(o.version_differ AS DOUBLE) / o.version_compared >= 0.5 AS version_separates
  FROM shared s
  LEFT JOIN others o ON o.fingerprint = s.fingerprint AND o.set_no = s.set_no
  JOIN other_devices d ON d.fingerprint = s.fingerprint AND d.set_no = s.set_no
),
-- The separation test (src-shared/fleet/fleet-verdict.ts).
judged AS (
  SELECT w.*,
         CASE
           WHEN bundles = 1 THEN 'insufficient'
           WHEN reporters = 0 THEN 'insufficient'
           WHEN reporters = 1 AND unknown_reporters > 0 THEN 'insufficient'
           WHEN reporters = 1 AND devices = 1 AND unknown_devices = 0 AND fine_devices > 0 THEN 'one-device'
           WHEN reporters = 1 THEN 'one-user'
           WHEN shared_version IS NOT NULL
                AND (network_by IS NULL OR (version_separates AND (NOT network_separates OR version_share > network_share))) THEN 'shared-version'
           WHEN network_by IS NOT NULL THEN 'shared-network'
           ELSE 'shared-wide'
         END AS verdict
  FROM weighed w
),
groups AS (
  SELECT fingerprint, bundles AS group_bundles, first_at AS group_first_at FROM judged WHERE set_no = 0
)
SELECT j.fingerprint, j.set_no, j.bundles, j.reporters, j.devices, j.first_at, j.last_at, j.verdict
FROM judged j
JOIN groups g ON g.fingerprint = j.fingerprint
ORDER BY g.group_bundles DESC, g.group_first_at, j.fingerprint, j.set_no;
