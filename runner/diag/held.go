package diag

// NotePos starts the note, on the diagnostic channel, of where a panic
// started: the supervisor reads the last one when a panic ends the script
// process (see Unwind).
const NotePos = "socklab-pos: "

// A Held is where a panic started, put aside while it waits: a deferred
// call panicked, compiled code caught the panic so that the function's
// other deferred calls run as Go runs them, and the panic goes on (Rethrow)
// or is recovered (Restore) once they have. Meanwhile other panics may be
// placed and recovered on the goroutine.
type Held struct{ p *placement }

// Hold takes the placement of the panic that the calling goroutine has
// just caught, in a deferred function of the compiled code that called the
// panicking function. The placement is the panic's own when the last frame
// the interpreter reported is at the depth of the handlers now on the
// stack (those of the frames the panic left are still there); otherwise
// the panic came from compiled code, which no frame reported, and Held
// holds no placement.
func Hold() Held {
	depth := handlerDepth()
	s, r := current()
	defer s.Unlock()
	var h Held
	if r.unwinding && r.depth == depth {
		h.p = r.placed
	}
	r.placed, r.unwinding = nil, false
	return h
}

// Restore makes h the placement of the calling goroutine's panic again,
// for Recovered, when a script's recover() takes the held panic.
func (h Held) Restore() {
	s, r := current()
	defer s.Unlock()
	r.placed, r.unwinding = h.p, false
}

// Rethrow makes h the placement of the panic the calling goroutine is
// about to raise again from compiled code that a frame's deferred calls
// call: the frames the panic then leaves report it as one already placed,
// as if it had come through them, and the supervisor gets its note again,
// since other panics may have been noted since.
func (h Held) Rethrow() {
	depth := handlerDepth()
	s, r := current()
	r.placed, r.unwinding = h.p, h.p != nil
	r.depth, r.frames = depth, 1
	s.Unlock()
	if h.p != nil {
		note(NotePos + h.p.note())
	}
}
