package lift

// Never returns false, once its argument has been evaluated: for a value
// of a type that is no interface converted to an interface and compared
// with nil (any(p) == nil), which Go finds never nil, where the
// interpreter found a nil pointer so converted nil, and panicked
// converting an int so.
func Never(any) bool { return false }

// Always returns true, once its argument has been evaluated: for such a
// conversion compared with != nil.
func Always(any) bool { return true }
