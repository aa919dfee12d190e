create table placeholder_probe (id bigint primary key);
