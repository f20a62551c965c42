-- Where the last reminder sweep ended, locked: overlapping sweeps wait for each other. No row before the first sweep.
SELECT swept_to FROM reminder_sweep WHERE id = 1 FOR UPDATE
