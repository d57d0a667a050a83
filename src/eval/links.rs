//! Link-finding evaluation (stub: being implemented, see issue 3).
