/**
 * Local Unix-domain plumbing the JDK does not offer, through java.lang.foreign on libc: stream
 * sockets that pass file descriptors (SCM_RIGHTS) for the fd hand-off to user-space drivers (one
 * socket per consumer, served by one polling thread), the peer's credentials (SO_PEERCRED),
 * sd_notify datagrams (readiness and the service watchdog), and SIGHUP (the reload of the
 * revocation list; through the JDK's sun.misc.Signal). Linux x86_64/aarch64 struct layouts.
 * Depends on the core's {@code Printable} only; what is handed out, and to whom, is the service's
 * decision ({@link org.devassign.agent.service.unix.HandoffServer.Source}).
 */
package org.devassign.agent.service.unix;
