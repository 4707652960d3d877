-- One database per service (the services also create theirs when missing).
CREATE DATABASE artbridge_catalog;
CREATE DATABASE artbridge_customs;
CREATE DATABASE artbridge_payments;
CREATE DATABASE artbridge_logistics;
