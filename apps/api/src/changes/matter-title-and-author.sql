-- A change's matter title ($1 matter) and the name of the participant who made it ($2), either may be null.
SELECT (SELECT title FROM matter WHERE id = $1) AS matter_title,
       (SELECT name FROM participant WHERE id = $2) AS by
