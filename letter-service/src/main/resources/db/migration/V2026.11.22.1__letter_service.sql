-- letter-service's own tables arrive with its first capability; the event backbone's come from db/backbone.
select 1;
