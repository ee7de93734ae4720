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
#define CLONE_VFORK 0x4000
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

// func forkExec(path, argv, envp unsafe.Pointer, fd, nfds, ppid uintptr, failed *uintptr) (pid, errno uintptr)
//
// The frame: 0(SP) the signal mask to block all, 8(SP) the thread's own
// mask, 16(SP) to 47(SP) a struct sigaction for the child's use.
TEXT ·forkExec(SB),NOSPLIT,$48-72
	// Block every signal on this thread across the clone: the child starts
	// with all of them blocked, so no handler of Go's runs in it.
	MOVQ	$-1, AX
	MOVQ	AX, 0(SP)
	MOVQ	$SYS_rt_sigprocmask, AX
	MOVQ	$SIG_SETMASK, DI
	LEAQ	0(SP), SI
	LEAQ	8(SP), DX
	MOVQ	$8, R10
	SYSCALL

	// The child shares this thread's memory and, with a stack of 0, its
	// stack: this thread is suspended until the child executes the program
	// or exits (CLONE_VFORK). The child only makes system calls, pushes
	// nothing, and never returns from here.
	MOVQ	$SYS_clone, AX
	MOVQ	$(CLONE_VM|CLONE_VFORK|SIGCHLD), DI
	XORQ	SI, SI
	XORQ	DX, DX
	XORQ	R10, R10
	XORQ	R8, R8
	SYSCALL
	CMPQ	AX, $0
	JEQ	child
	MOVQ	AX, R12

	// Restore this thread's signal mask.
	MOVQ	$SYS_rt_sigprocmask, AX
	MOVQ	$SIG_SETMASK, DI
	LEAQ	8(SP), SI
	XORQ	DX, DX
	MOVQ	$8, R10
	SYSCALL

	CMPQ	R12, $0xfffffffffffff001
	JLS	started
	MOVQ	$0, pid+56(FP)
	NEGQ	R12
	MOVQ	R12, errno+64(FP)
	RET
started:
	MOVQ	R12, pid+56(FP)
	MOVQ	$0, errno+64(FP)
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
	LEAQ	16(SP), DX
	MOVQ	$8, R10
	SYSCALL
	CMPQ	AX, $0
	JNE	signext
	MOVQ	16(SP), AX
	CMPQ	AX, $1
	JLS	signext			// SIG_DFL (0) or SIG_IGN (1): kept
	MOVQ	$0, 16(SP)
	MOVQ	$0, 24(SP)
	MOVQ	$0, 32(SP)
	MOVQ	$0, 40(SP)
	MOVQ	$SYS_rt_sigaction, AX
	MOVQ	BX, DI
	LEAQ	16(SP), SI
	XORQ	DX, DX
	MOVQ	$8, R10
	SYSCALL
signext:
	INCQ	BX
	CMPQ	BX, $NSIG
	JLT	sigloop

	// fd in every descriptor from 0 to nfds-1; where it is one of them
	// already, it only loses close-on-exec.
	MOVQ	fd+24(FP), R12
	XORQ	BX, BX
fdloop:
	CMPQ	BX, nfds+32(FP)
	JGE	fdsdone
	CMPQ	BX, R12
	JNE	dup
	MOVQ	$SYS_fcntl, AX
	MOVQ	R12, DI
	MOVQ	$F_SETFD, SI
	XORQ	DX, DX
	SYSCALL
	JMP	fdcheck
dup:
	MOVQ	$SYS_dup3, AX
	MOVQ	R12, DI
	MOVQ	BX, SI
	XORQ	DX, DX
	SYSCALL
fdcheck:
	CMPQ	AX, $0xfffffffffffff001
	JCC	fail
	INCQ	BX
	JMP	fdloop
fdsdone:

	// SIGKILL when the parent's thread ends; and now, if the parent is
	// gone already.
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
	CMPQ	AX, ppid+40(FP)
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
	LEAQ	8(SP), SI
	XORQ	DX, DX
	MOVQ	$8, R10
	SYSCALL

	MOVQ	$SYS_execve, AX
	MOVQ	path+0(FP), DI
	MOVQ	argv+8(FP), SI
	MOVQ	envp+16(FP), DX
	SYSCALL

fail:
	// AX holds the error, negated: the parent reads it in *failed, which
	// it shares, once this process has exited.
	NEGQ	AX
	MOVQ	failed+48(FP), DI
	MOVQ	AX, 0(DI)
exit:
	MOVQ	$SYS_exit_group, AX
	MOVQ	$127, DI
	SYSCALL
	JMP	exit
