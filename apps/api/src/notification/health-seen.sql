-- The last health the watch saw of each matter.
SELECT matter_id, level FROM matter_health_seen
