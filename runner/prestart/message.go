package prestart

import (
	"errors"
	"syscall"
)

// A message hands a waiting process what it is to be: the descriptors
// travel beside it (SCM_RIGHTS), its descriptors 0, 1, 2 and on first and
// its working folder last; the bytes are a 4-byte little-endian length,
// then fields that each end in a NUL (which no argument or variable
// holds): how many of the descriptors to install, the count of arguments,
// the arguments and the environment.
//
// The package imports only os and syscall (not strings or strconv, whose
// dependencies would run their initialisers first), so that its own
// initialiser runs among the first.

var (
	errTooMany = errors.New("too many descriptors for a process started early")
	errMessage = errors.New("damaged message from the supervisor")
)

func encode(files int, argv, env []string) []byte {
	msg := []byte{0, 0, 0, 0}
	field := func(s string) {
		msg = append(msg, s...)
		msg = append(msg, 0)
	}
	field(itoa(files))
	field(itoa(len(argv)))
	for _, a := range argv {
		field(a)
	}
	for _, kv := range env {
		field(kv)
	}
	n := len(msg) - 4
	msg[0], msg[1], msg[2], msg[3] = byte(n), byte(n>>8), byte(n>>16), byte(n>>24)
	return msg
}

// bodyLen returns the length that a message's first 4 bytes give.
func bodyLen(head []byte) int {
	return int(head[0]) | int(head[1])<<8 | int(head[2])<<16 | int(head[3])<<24
}

// decode returns the fields of a message's bytes after its length.
func decode(body []byte) (files int, argv, env []string, err error) {
	if len(body) == 0 || body[len(body)-1] != 0 {
		return 0, nil, nil, errMessage
	}
	var fields []string
	start := 0
	for i, c := range body {
		if c == 0 {
			fields = append(fields, string(body[start:i]))
			start = i + 1
		}
	}
	if len(fields) < 2 {
		return 0, nil, nil, errMessage
	}
	files, ok1 := atoi(fields[0])
	argc, ok2 := atoi(fields[1])
	if !ok1 || !ok2 || files > MaxFiles || argc > len(fields)-2 {
		return 0, nil, nil, errMessage
	}
	return files, fields[2 : 2+argc], fields[2+argc:], nil
}

// send writes msg to the socket fd with fds attached to its first part.
func send(fd int, msg []byte, fds []int) error {
	oob := syscall.UnixRights(fds...)
	for len(msg) > 0 {
		n, err := syscall.SendmsgN(fd, msg, oob, nil, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		msg, oob = msg[n:], nil
	}
	return nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// atoi parses a small non-negative decimal number.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
