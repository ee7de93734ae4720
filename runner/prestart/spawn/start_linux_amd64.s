#include "textflag.h"

#define SYS_rt_sigaction 13
#define SYS_rt_sigprocmask 14
#define SYS_getpid 39
#define SYS_clone 56
#define SYS_execve 59
#define SYS_kill 62
#define SYS_fcntl 72
#define SYS_getppid 110
#define SYS_prctl 157
#define SYS_exit_group 231
#define SYS_dup3 292
#define CLONE_VM 0x100
#define SIGCHLD 17
#define SIGKILL 9
#define SIG_SETMASK 2
#define F_SETFD 2
#define PR_SET_PDEATHSIG 1
#define NSIG 65

// func rawSyscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr)
TEXT ·rawSyscall6(SB),NOSPLIT,$0-72
	MOVQ	num+0(FP), AX
	MOVQ	a1+8(FP), DI
	MOVQ	a2+16(FP), SI
	MOVQ	a3+24(FP), DX
	MOVQ	a4+32(FP), R10
	MOVQ	a5+40(FP), R8
	MOVQ	a6+48(FP), R9
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	ok
	MOVQ	$-1, r1+56(FP)
	NEGQ	AX
	MOVQ	AX, errno+64(FP)
	RET
ok:
	MOVQ	AX, r1+56(FP)
	MOVQ	$0, errno+64(FP)
	RET

// func forkExec(l *launch) (pid, errno uintptr)
//
// The frame: 0(SP) the signal mask to block all. The child reads l's
// fields from R12 at the offsets of launch, and the struct sigaction it
// reads and writes at 64(R12) to 95(R12), its stack's end: it pushes
// nothing.
TEXT ·forkExec(SB),NOSPLIT,$8-24
	MOVQ	l+0(FP), R12

	// Block every signal on this thread across the clone: the child starts
	// with all of them blocked, so no handler of Go's runs in it. The mask
	// this thread had goes to l.mask, for the child to restore.
	MOVQ	$-1, AX
	MOVQ	AX, 0(SP)
	MOVQ	$SYS_rt_sigprocmask, AX
	MOVQ	$SIG_SETMASK, DI
	LEAQ	0(SP), SI
	LEAQ	48(R12), DX
	MOVQ	$8, R10
	SYSCALL

	// The child shares this process's memory, on a stack of its own (l's
	// scratch), and runs beside this thread, which goes on at once: it
	// only makes system calls, pushes nothing, and never returns from here.
	MOVQ	$SYS_clone, AX
	MOVQ	$(CLONE_VM|SIGCHLD), DI
	LEAQ	96(R12), SI
	XORQ	DX, DX
	XORQ	R10, R10
	XORQ	R8, R8
	SYSCALL
	CMPQ	AX, $0
	JEQ	child
	MOVQ	AX, R13

	// Restore this thread's signal mask.
	MOVQ	$SYS_rt_sigprocmask, AX
	MOVQ	$SIG_SETMASK, DI
	LEAQ	48(R12), SI
	XORQ	DX, DX
	MOVQ	$8, R10
	SYSCALL

	CMPQ	R13, $0xfffffffffffff001
	JLS	started
	MOVQ	$0, pid+8(FP)
	NEGQ	R13
	MOVQ	R13, errno+16(FP)
	RET
started:
	MOVQ	R13, pid+8(FP)
	MOVQ	$0, errno+16(FP)
	RET

child:
	// Reset to the default every handler that is neither the default nor
	// ignored (Go's own), as syscall.ForkExec's child does: exec would,
	// and no signal unblocked below must reach one of them here.
	MOVQ	$1, BX
sigloop:
	MOVQ	$SYS_rt_sigaction, AX
	MOVQ	BX, DI
	XORQ	SI, SI
	LEAQ	64(R12), DX
	MOVQ	$8, R10
	SYSCALL
	CMPQ	AX, $0
	JNE	signext
	MOVQ	64(R12), AX
	CMPQ	AX, $1
	JLS	signext			// SIG_DFL (0) or SIG_IGN (1): kept
	MOVQ	$0, 64(R12)
	MOVQ	$0, 72(R12)
	MOVQ	$0, 80(R12)
	MOVQ	$0, 88(R12)
	MOVQ	$SYS_rt_sigaction, AX
	MOVQ	BX, DI
	LEAQ	64(R12), SI
	XORQ	DX, DX
	MOVQ	$8, R10
	SYSCALL
signext:
	INCQ	BX
	CMPQ	BX, $NSIG
	JLT	sigloop

	// l.fd in every descriptor from 0 to l.nfds-1; where it is one of them
	// already, it only loses close-on-exec.
	MOVQ	24(R12), R14
	XORQ	BX, BX
fdloop:
	CMPQ	BX, 32(R12)
	JGE	fdsdone
	CMPQ	BX, R14
	JNE	dup
	MOVQ	$SYS_fcntl, AX
	MOVQ	R14, DI
	MOVQ	$F_SETFD, SI
	XORQ	DX, DX
	SYSCALL
	JMP	fdcheck
dup:
	MOVQ	$SYS_dup3, AX
	MOVQ	R14, DI
	MOVQ	BX, SI
	XORQ	DX, DX
	SYSCALL
fdcheck:
	CMPQ	AX, $0xfffffffffffff001
	JCC	fail
	INCQ	BX
	JMP	fdloop
fdsdone:

	// SIGKILL when the parent's thread ends; and now, if the parent
	// (l.ppid) is gone already.
	MOVQ	$SYS_prctl, AX
	MOVQ	$PR_SET_PDEATHSIG, DI
	MOVQ	$SIGKILL, SI
	XORQ	DX, DX
	XORQ	R10, R10
	XORQ	R8, R8
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JCC	fail
	MOVQ	$SYS_getppid, AX
	SYSCALL
	CMPQ	AX, 40(R12)
	JEQ	unmask
	MOVQ	$SYS_getpid, AX
	SYSCALL
	MOVQ	AX, DI
	MOVQ	$SYS_kill, AX
	MOVQ	$SIGKILL, SI
	SYSCALL
unmask:
	MOVQ	$SYS_rt_sigprocmask, AX
	MOVQ	$SIG_SETMASK, DI
	LEAQ	48(R12), SI
	XORQ	DX, DX
	MOVQ	$8, R10
	SYSCALL

	MOVQ	$SYS_execve, AX
	MOVQ	0(R12), DI
	MOVQ	8(R12), SI
	MOVQ	16(R12), DX
	SYSCALL

fail:
	// AX holds the error, negated: it goes to l.failed, which the parent
	// shares, before this process exits.
	NEGQ	AX
	MOVQ	AX, 56(R12)
exit:
	MOVQ	$SYS_exit_group, AX
	MOVQ	$127, DI
	SYSCALL
	JMP	exit
