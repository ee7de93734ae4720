#include "textflag.h"

#define SYS_rt_sigprocmask 14
#define SYS_getpid 39
#define SYS_clone 56
#define SYS_exit 60
#define SYS_ppoll 271
#define SYS_setpriority 141
#define SYS_pidfd_open 434
#define SYS_close_range 436
#define SYS_prctl 157
#define PR_SET_NAME 15
#define CLONE_VM 0x100
#define PRIO_PROCESS 0
#define SIG_SETMASK 2
#define POLLIN 1
#define EINTR 4

// The keeper's name, as ps and pgrep show it (Name in Go).
DATA keepername<>+0(SB)/8, $"socklab-"
DATA keepername<>+8(SB)/8, $"exit\x00\x00\x00\x00"
GLOBL keepername<>(SB), RODATA, $16

// func clonekeeper(stackTop uintptr) int
TEXT ·clonekeeper(SB),NOSPLIT,$16-16
	MOVQ	stackTop+0(FP), R9

	// Block every signal on this thread across the clone, so that the
	// keeper starts with all of them blocked: Go's handlers must never
	// run on it. 0(SP) is the new mask, 8(SP) the old one.
	MOVQ	$-1, AX
	MOVQ	AX, 0(SP)
	MOVQ	$SYS_rt_sigprocmask, AX
	MOVQ	$SIG_SETMASK, DI
	MOVQ	SP, SI
	LEAQ	8(SP), DX
	MOVQ	$8, R10
	SYSCALL

	MOVQ	$SYS_getpid, AX
	SYSCALL
	MOVQ	AX, R12			// this process, for the keeper's pidfd

	MOVQ	$SYS_clone, AX
	MOVQ	$CLONE_VM, DI		// no exit signal: the parent never waits for it
	MOVQ	R9, SI
	XORQ	DX, DX
	XORQ	R10, R10
	XORQ	R8, R8
	SYSCALL
	CMPQ	AX, $0
	JEQ	keeper
	MOVQ	AX, R13

	// Restore this thread's signal mask.
	MOVQ	$SYS_rt_sigprocmask, AX
	MOVQ	$SIG_SETMASK, DI
	LEAQ	8(SP), SI
	XORQ	DX, DX
	MOVQ	$8, R10
	SYSCALL

	MOVQ	R13, ret+8(FP)
	RET

keeper:
	// Take the keeper's own name first, so that ps shows it at once.
	MOVQ	$SYS_prctl, AX
	MOVQ	$PR_SET_NAME, DI
	MOVQ	$keepername<>(SB), SI
	SYSCALL

	// Close every descriptor the clone copied, so that no pipe or
	// socket of the parent stays open in the keeper.
	MOVQ	$SYS_close_range, AX
	XORQ	DI, DI
	MOVQ	$-1, SI
	XORQ	DX, DX
	SYSCALL
	CMPQ	AX, $0
	JNE	exit			// no close_range (before Linux 5.9): hold nothing, end now

	MOVQ	$SYS_pidfd_open, AX
	MOVQ	R12, DI
	XORQ	SI, SI
	SYSCALL
	CMPQ	AX, $0
	JLT	exit			// no pidfd (old kernel, or the parent is gone)

	// Take the lowest priority (nice 19): the teardown must not hold up
	// the processes that still have work, such as the supervisor, whose
	// threads would otherwise wait behind the script process's teardown
	// for their processor to end.
	MOVQ	AX, R12			// the pidfd
	MOVQ	$SYS_setpriority, AX
	MOVQ	$PRIO_PROCESS, DI
	XORQ	SI, SI			// this process
	MOVQ	$19, DX
	SYSCALL
	MOVQ	R12, AX

	// Wait until the parent has ended: its pidfd is readable once all
	// its threads have exited.
	SUBQ	$16, SP
	MOVL	AX, 0(SP)		// pollfd.fd
	MOVL	$POLLIN, 4(SP)		// pollfd.events, pollfd.revents = 0
wait:
	MOVQ	$SYS_ppoll, AX
	MOVQ	SP, DI
	MOVQ	$1, SI
	XORQ	DX, DX
	XORQ	R10, R10
	MOVQ	$8, R8
	SYSCALL
	CMPQ	AX, $-EINTR
	JEQ	wait

exit:
	MOVQ	$SYS_exit, AX
	XORQ	DI, DI
	SYSCALL
	JMP	exit
