package sock

import "net"

// feature finds a TCP-only method, such as SetNoDelay or CloseWrite, on c
// or on the connection it wraps: a connection may come wrapped (for tracing
// or fault injection) in a type that exposes the inner one with NetConn, as
// crypto/tls does.
func feature[T any](c net.Conn) (T, bool) {
	for range 8 {
		if f, ok := c.(T); ok {
			return f, true
		}
		w, ok := c.(interface{ NetConn() net.Conn })
		if !ok {
			break
		}
		c = w.NetConn()
	}
	var zero T
	return zero, false
}
