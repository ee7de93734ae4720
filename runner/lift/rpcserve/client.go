package rpcserve

import (
	"errors"
	"net/rpc"
	"strings"
)

// ClientError is the error of a client's Call, with a type of the script
// named in gob's error of decoding its reply (reply, where not nil) as Go
// names it: rpc.Client's own "reading body" error quotes gob's, which
// spells the interpreter's struct types by their fields.
func ClientError(err error, reply any, rename func(err error, target any) error) error {
	if err == nil || rename == nil {
		return err
	}
	if _, ok := err.(rpc.ServerError); ok {
		return err
	}
	msg, ok := strings.CutPrefix(err.Error(), "reading body ")
	if !ok {
		return err
	}
	renamed := rename(errors.New(msg), reply).Error()
	if renamed == msg {
		return err
	}
	return errors.New("reading body " + renamed)
}
