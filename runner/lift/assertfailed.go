package lift

// AssertionFailed is the panic of x.(T) where x, of the interface type
// Go's runtime spells iface, does not hold a T (spelled as): Go's message,
// interface conversion: interface {} is int, not string, with x's dynamic
// type as %T names it (dyn, which the script's file gives, see
// TypeName), or "is nil" where x is nil. The interpreter's own message
// names its types and the assertion's position; runner/rewrite (pass
// printedassert) panics with this one instead where fmt recovers and
// prints the panic.
func AssertionFailed(isNil bool, dyn, iface, as string) error {
	if isNil {
		return ConversionError("interface conversion: " + iface + " is nil, not " + as)
	}
	return ConversionError("interface conversion: " + iface + " is " + dyn + ", not " + as)
}
