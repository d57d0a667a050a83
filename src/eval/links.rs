//! Link-finding evaluation (stub).
