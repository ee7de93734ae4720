package confine

// The network guard has the kernel hold a script process to loopback, as
// the network gate (runner/netgate) does at the symbol layer, so that a
// script that got around the gate still reaches no other host.
//
// The kernel has no rule for "loopback only": Landlock's network rules
// (ABI 4 and later) name TCP ports, not addresses, and a seccomp filter
// sees a system call's registers, not the address they point to. So the
// confined process loads a seccomp filter that hands each connect, bind,
// sendmsg and sendto with an address to its supervisor (seccomp user
// notification). The supervisor reads the address from the process's
// memory, and where it is a loopback address it makes the call itself, on
// a copy of the process's socket (pidfd_getfd), with the bytes it checked:
// the process's own memory is never read twice, so a thread that changes
// the address after the check changes nothing (the time-of-check to
// time-of-use race that makes letting the kernel continue the call unsafe).
// Any other address, and any socket that is not IPv4, IPv6 or netlink
// (which lists interfaces), gets "operation not permitted".
//
// The process hands the supervisor its end of the notifications over a
// socket the supervisor made before starting it (EnvNetGuard names its
// descriptor); a process started without one has no guard. --allow-net
// loads no guard.

// EnvNetGuard names the descriptor, in a script process, of its socket to
// the supervisor's network guard.
const EnvNetGuard = "SOCKLAB_NETGUARD_FD"
