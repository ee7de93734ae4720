package rpcserve

import (
	"errors"
	"net/rpc"
	"strings"
	"testing"
)

func TestClientError(t *testing.T) {
	rename := func(err error, target any) error {
		return errors.New(strings.ReplaceAll(err.Error(), "struct { Q int }", "main.Reply"))
	}
	server := rpc.ServerError("reading body struct { Q int }")
	tests := []struct {
		err    error
		rename func(error, any) error
		want   error
	}{
		{nil, rename, nil},
		{errors.New("reading body gob: want struct type struct { Q int }; got non-struct"), rename, errors.New("reading body gob: want struct type main.Reply; got non-struct")},
		{errors.New("reading body gob: want struct type main.Other"), rename, nil},
		{server, rename, server},
		{rpc.ErrShutdown, rename, rpc.ErrShutdown},
		{errors.New("reading body struct { Q int }"), nil, nil},
	}
	for _, tt := range tests {
		got := ClientError(tt.err, nil, tt.rename)
		if tt.want == nil || tt.want == tt.err {
			if got != tt.err {
				t.Errorf("ClientError(%v) = %v, want it unchanged", tt.err, got)
			}
			continue
		}
		if got == nil || got.Error() != tt.want.Error() {
			t.Errorf("ClientError(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
