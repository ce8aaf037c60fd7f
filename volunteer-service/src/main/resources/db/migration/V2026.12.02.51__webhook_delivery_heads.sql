-- The dispatcher looks up each active subscription's oldest pending deliveries, stopping after a few.
create index webhook_delivery_pending on webhook_delivery (subscription_id, id) where status = 'PENDING';
