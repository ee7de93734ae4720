// Code generated from the list of underlying types; TestNamedMethodPool keeps it whole. DO NOT EDIT.

package lift

import (
	"reflect"
	"sync"
)

// The pool of named types with methods (see NamedMethods): NamedMethodsPerType
// of each underlying type a script may declare a type on, for each set of
// methods the pool offers (String, Error, both). Each method calls the
// function of the script that its Methods function set.
type (
	Bool_String1            bool
	Bool_String2            bool
	Bool_String3            bool
	Bool_String4            bool
	Bool_Error1             bool
	Bool_Error2             bool
	Bool_Error3             bool
	Bool_Error4             bool
	Bool_StringError1       bool
	Bool_StringError2       bool
	Bool_StringError3       bool
	Bool_StringError4       bool
	Int_String1             int
	Int_String2             int
	Int_String3             int
	Int_String4             int
	Int_Error1              int
	Int_Error2              int
	Int_Error3              int
	Int_Error4              int
	Int_StringError1        int
	Int_StringError2        int
	Int_StringError3        int
	Int_StringError4        int
	Int8_String1            int8
	Int8_String2            int8
	Int8_String3            int8
	Int8_String4            int8
	Int8_Error1             int8
	Int8_Error2             int8
	Int8_Error3             int8
	Int8_Error4             int8
	Int8_StringError1       int8
	Int8_StringError2       int8
	Int8_StringError3       int8
	Int8_StringError4       int8
	Int16_String1           int16
	Int16_String2           int16
	Int16_String3           int16
	Int16_String4           int16
	Int16_Error1            int16
	Int16_Error2            int16
	Int16_Error3            int16
	Int16_Error4            int16
	Int16_StringError1      int16
	Int16_StringError2      int16
	Int16_StringError3      int16
	Int16_StringError4      int16
	Int32_String1           int32
	Int32_String2           int32
	Int32_String3           int32
	Int32_String4           int32
	Int32_Error1            int32
	Int32_Error2            int32
	Int32_Error3            int32
	Int32_Error4            int32
	Int32_StringError1      int32
	Int32_StringError2      int32
	Int32_StringError3      int32
	Int32_StringError4      int32
	Int64_String1           int64
	Int64_String2           int64
	Int64_String3           int64
	Int64_String4           int64
	Int64_Error1            int64
	Int64_Error2            int64
	Int64_Error3            int64
	Int64_Error4            int64
	Int64_StringError1      int64
	Int64_StringError2      int64
	Int64_StringError3      int64
	Int64_StringError4      int64
	Uint_String1            uint
	Uint_String2            uint
	Uint_String3            uint
	Uint_String4            uint
	Uint_Error1             uint
	Uint_Error2             uint
	Uint_Error3             uint
	Uint_Error4             uint
	Uint_StringError1       uint
	Uint_StringError2       uint
	Uint_StringError3       uint
	Uint_StringError4       uint
	Uint8_String1           uint8
	Uint8_String2           uint8
	Uint8_String3           uint8
	Uint8_String4           uint8
	Uint8_Error1            uint8
	Uint8_Error2            uint8
	Uint8_Error3            uint8
	Uint8_Error4            uint8
	Uint8_StringError1      uint8
	Uint8_StringError2      uint8
	Uint8_StringError3      uint8
	Uint8_StringError4      uint8
	Uint16_String1          uint16
	Uint16_String2          uint16
	Uint16_String3          uint16
	Uint16_String4          uint16
	Uint16_Error1           uint16
	Uint16_Error2           uint16
	Uint16_Error3           uint16
	Uint16_Error4           uint16
	Uint16_StringError1     uint16
	Uint16_StringError2     uint16
	Uint16_StringError3     uint16
	Uint16_StringError4     uint16
	Uint32_String1          uint32
	Uint32_String2          uint32
	Uint32_String3          uint32
	Uint32_String4          uint32
	Uint32_Error1           uint32
	Uint32_Error2           uint32
	Uint32_Error3           uint32
	Uint32_Error4           uint32
	Uint32_StringError1     uint32
	Uint32_StringError2     uint32
	Uint32_StringError3     uint32
	Uint32_StringError4     uint32
	Uint64_String1          uint64
	Uint64_String2          uint64
	Uint64_String3          uint64
	Uint64_String4          uint64
	Uint64_Error1           uint64
	Uint64_Error2           uint64
	Uint64_Error3           uint64
	Uint64_Error4           uint64
	Uint64_StringError1     uint64
	Uint64_StringError2     uint64
	Uint64_StringError3     uint64
	Uint64_StringError4     uint64
	Uintptr_String1         uintptr
	Uintptr_String2         uintptr
	Uintptr_String3         uintptr
	Uintptr_String4         uintptr
	Uintptr_Error1          uintptr
	Uintptr_Error2          uintptr
	Uintptr_Error3          uintptr
	Uintptr_Error4          uintptr
	Uintptr_StringError1    uintptr
	Uintptr_StringError2    uintptr
	Uintptr_StringError3    uintptr
	Uintptr_StringError4    uintptr
	Float32_String1         float32
	Float32_String2         float32
	Float32_String3         float32
	Float32_String4         float32
	Float32_Error1          float32
	Float32_Error2          float32
	Float32_Error3          float32
	Float32_Error4          float32
	Float32_StringError1    float32
	Float32_StringError2    float32
	Float32_StringError3    float32
	Float32_StringError4    float32
	Float64_String1         float64
	Float64_String2         float64
	Float64_String3         float64
	Float64_String4         float64
	Float64_Error1          float64
	Float64_Error2          float64
	Float64_Error3          float64
	Float64_Error4          float64
	Float64_StringError1    float64
	Float64_StringError2    float64
	Float64_StringError3    float64
	Float64_StringError4    float64
	Complex64_String1       complex64
	Complex64_String2       complex64
	Complex64_String3       complex64
	Complex64_String4       complex64
	Complex64_Error1        complex64
	Complex64_Error2        complex64
	Complex64_Error3        complex64
	Complex64_Error4        complex64
	Complex64_StringError1  complex64
	Complex64_StringError2  complex64
	Complex64_StringError3  complex64
	Complex64_StringError4  complex64
	Complex128_String1      complex128
	Complex128_String2      complex128
	Complex128_String3      complex128
	Complex128_String4      complex128
	Complex128_Error1       complex128
	Complex128_Error2       complex128
	Complex128_Error3       complex128
	Complex128_Error4       complex128
	Complex128_StringError1 complex128
	Complex128_StringError2 complex128
	Complex128_StringError3 complex128
	Complex128_StringError4 complex128
	String_String1          string
	String_String2          string
	String_String3          string
	String_String4          string
	String_Error1           string
	String_Error2           string
	String_Error3           string
	String_Error4           string
	String_StringError1     string
	String_StringError2     string
	String_StringError3     string
	String_StringError4     string
	Bytes_String1           []byte
	Bytes_String2           []byte
	Bytes_String3           []byte
	Bytes_String4           []byte
	Bytes_Error1            []byte
	Bytes_Error2            []byte
	Bytes_Error3            []byte
	Bytes_Error4            []byte
	Bytes_StringError1      []byte
	Bytes_StringError2      []byte
	Bytes_StringError3      []byte
	Bytes_StringError4      []byte
)

var methodsOfBool_String1 struct{ string func(Bool_String1) string }

func (x Bool_String1) String() string {
	if f := methodsOfBool_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Bool_String1Methods sets the functions that Bool_String1's methods call.
func Bool_String1Methods(string func(Bool_String1) string) bool {
	methodsOfBool_String1.string = string
	return true
}

var methodsOfBool_String2 struct{ string func(Bool_String2) string }

func (x Bool_String2) String() string {
	if f := methodsOfBool_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Bool_String2Methods sets the functions that Bool_String2's methods call.
func Bool_String2Methods(string func(Bool_String2) string) bool {
	methodsOfBool_String2.string = string
	return true
}

var methodsOfBool_String3 struct{ string func(Bool_String3) string }

func (x Bool_String3) String() string {
	if f := methodsOfBool_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Bool_String3Methods sets the functions that Bool_String3's methods call.
func Bool_String3Methods(string func(Bool_String3) string) bool {
	methodsOfBool_String3.string = string
	return true
}

var methodsOfBool_String4 struct{ string func(Bool_String4) string }

func (x Bool_String4) String() string {
	if f := methodsOfBool_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Bool_String4Methods sets the functions that Bool_String4's methods call.
func Bool_String4Methods(string func(Bool_String4) string) bool {
	methodsOfBool_String4.string = string
	return true
}

var methodsOfBool_Error1 struct{ error func(Bool_Error1) string }

func (x Bool_Error1) Error() string {
	if f := methodsOfBool_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bool_Error1Methods sets the functions that Bool_Error1's methods call.
func Bool_Error1Methods(error func(Bool_Error1) string) bool {
	methodsOfBool_Error1.error = error
	return true
}

var methodsOfBool_Error2 struct{ error func(Bool_Error2) string }

func (x Bool_Error2) Error() string {
	if f := methodsOfBool_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bool_Error2Methods sets the functions that Bool_Error2's methods call.
func Bool_Error2Methods(error func(Bool_Error2) string) bool {
	methodsOfBool_Error2.error = error
	return true
}

var methodsOfBool_Error3 struct{ error func(Bool_Error3) string }

func (x Bool_Error3) Error() string {
	if f := methodsOfBool_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bool_Error3Methods sets the functions that Bool_Error3's methods call.
func Bool_Error3Methods(error func(Bool_Error3) string) bool {
	methodsOfBool_Error3.error = error
	return true
}

var methodsOfBool_Error4 struct{ error func(Bool_Error4) string }

func (x Bool_Error4) Error() string {
	if f := methodsOfBool_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bool_Error4Methods sets the functions that Bool_Error4's methods call.
func Bool_Error4Methods(error func(Bool_Error4) string) bool {
	methodsOfBool_Error4.error = error
	return true
}

var methodsOfBool_StringError1 struct {
	string func(Bool_StringError1) string
	error  func(Bool_StringError1) string
}

func (x Bool_StringError1) String() string {
	if f := methodsOfBool_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Bool_StringError1) Error() string {
	if f := methodsOfBool_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bool_StringError1Methods sets the functions that Bool_StringError1's methods call.
func Bool_StringError1Methods(string, error func(Bool_StringError1) string) bool {
	methodsOfBool_StringError1.string = string
	methodsOfBool_StringError1.error = error
	return true
}

var methodsOfBool_StringError2 struct {
	string func(Bool_StringError2) string
	error  func(Bool_StringError2) string
}

func (x Bool_StringError2) String() string {
	if f := methodsOfBool_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Bool_StringError2) Error() string {
	if f := methodsOfBool_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bool_StringError2Methods sets the functions that Bool_StringError2's methods call.
func Bool_StringError2Methods(string, error func(Bool_StringError2) string) bool {
	methodsOfBool_StringError2.string = string
	methodsOfBool_StringError2.error = error
	return true
}

var methodsOfBool_StringError3 struct {
	string func(Bool_StringError3) string
	error  func(Bool_StringError3) string
}

func (x Bool_StringError3) String() string {
	if f := methodsOfBool_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Bool_StringError3) Error() string {
	if f := methodsOfBool_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bool_StringError3Methods sets the functions that Bool_StringError3's methods call.
func Bool_StringError3Methods(string, error func(Bool_StringError3) string) bool {
	methodsOfBool_StringError3.string = string
	methodsOfBool_StringError3.error = error
	return true
}

var methodsOfBool_StringError4 struct {
	string func(Bool_StringError4) string
	error  func(Bool_StringError4) string
}

func (x Bool_StringError4) String() string {
	if f := methodsOfBool_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Bool_StringError4) Error() string {
	if f := methodsOfBool_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bool_StringError4Methods sets the functions that Bool_StringError4's methods call.
func Bool_StringError4Methods(string, error func(Bool_StringError4) string) bool {
	methodsOfBool_StringError4.string = string
	methodsOfBool_StringError4.error = error
	return true
}

var methodsOfInt_String1 struct{ string func(Int_String1) string }

func (x Int_String1) String() string {
	if f := methodsOfInt_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int_String1Methods sets the functions that Int_String1's methods call.
func Int_String1Methods(string func(Int_String1) string) bool {
	methodsOfInt_String1.string = string
	return true
}

var methodsOfInt_String2 struct{ string func(Int_String2) string }

func (x Int_String2) String() string {
	if f := methodsOfInt_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int_String2Methods sets the functions that Int_String2's methods call.
func Int_String2Methods(string func(Int_String2) string) bool {
	methodsOfInt_String2.string = string
	return true
}

var methodsOfInt_String3 struct{ string func(Int_String3) string }

func (x Int_String3) String() string {
	if f := methodsOfInt_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int_String3Methods sets the functions that Int_String3's methods call.
func Int_String3Methods(string func(Int_String3) string) bool {
	methodsOfInt_String3.string = string
	return true
}

var methodsOfInt_String4 struct{ string func(Int_String4) string }

func (x Int_String4) String() string {
	if f := methodsOfInt_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int_String4Methods sets the functions that Int_String4's methods call.
func Int_String4Methods(string func(Int_String4) string) bool {
	methodsOfInt_String4.string = string
	return true
}

var methodsOfInt_Error1 struct{ error func(Int_Error1) string }

func (x Int_Error1) Error() string {
	if f := methodsOfInt_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int_Error1Methods sets the functions that Int_Error1's methods call.
func Int_Error1Methods(error func(Int_Error1) string) bool {
	methodsOfInt_Error1.error = error
	return true
}

var methodsOfInt_Error2 struct{ error func(Int_Error2) string }

func (x Int_Error2) Error() string {
	if f := methodsOfInt_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int_Error2Methods sets the functions that Int_Error2's methods call.
func Int_Error2Methods(error func(Int_Error2) string) bool {
	methodsOfInt_Error2.error = error
	return true
}

var methodsOfInt_Error3 struct{ error func(Int_Error3) string }

func (x Int_Error3) Error() string {
	if f := methodsOfInt_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int_Error3Methods sets the functions that Int_Error3's methods call.
func Int_Error3Methods(error func(Int_Error3) string) bool {
	methodsOfInt_Error3.error = error
	return true
}

var methodsOfInt_Error4 struct{ error func(Int_Error4) string }

func (x Int_Error4) Error() string {
	if f := methodsOfInt_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int_Error4Methods sets the functions that Int_Error4's methods call.
func Int_Error4Methods(error func(Int_Error4) string) bool {
	methodsOfInt_Error4.error = error
	return true
}

var methodsOfInt_StringError1 struct {
	string func(Int_StringError1) string
	error  func(Int_StringError1) string
}

func (x Int_StringError1) String() string {
	if f := methodsOfInt_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int_StringError1) Error() string {
	if f := methodsOfInt_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int_StringError1Methods sets the functions that Int_StringError1's methods call.
func Int_StringError1Methods(string, error func(Int_StringError1) string) bool {
	methodsOfInt_StringError1.string = string
	methodsOfInt_StringError1.error = error
	return true
}

var methodsOfInt_StringError2 struct {
	string func(Int_StringError2) string
	error  func(Int_StringError2) string
}

func (x Int_StringError2) String() string {
	if f := methodsOfInt_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int_StringError2) Error() string {
	if f := methodsOfInt_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int_StringError2Methods sets the functions that Int_StringError2's methods call.
func Int_StringError2Methods(string, error func(Int_StringError2) string) bool {
	methodsOfInt_StringError2.string = string
	methodsOfInt_StringError2.error = error
	return true
}

var methodsOfInt_StringError3 struct {
	string func(Int_StringError3) string
	error  func(Int_StringError3) string
}

func (x Int_StringError3) String() string {
	if f := methodsOfInt_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int_StringError3) Error() string {
	if f := methodsOfInt_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int_StringError3Methods sets the functions that Int_StringError3's methods call.
func Int_StringError3Methods(string, error func(Int_StringError3) string) bool {
	methodsOfInt_StringError3.string = string
	methodsOfInt_StringError3.error = error
	return true
}

var methodsOfInt_StringError4 struct {
	string func(Int_StringError4) string
	error  func(Int_StringError4) string
}

func (x Int_StringError4) String() string {
	if f := methodsOfInt_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int_StringError4) Error() string {
	if f := methodsOfInt_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int_StringError4Methods sets the functions that Int_StringError4's methods call.
func Int_StringError4Methods(string, error func(Int_StringError4) string) bool {
	methodsOfInt_StringError4.string = string
	methodsOfInt_StringError4.error = error
	return true
}

var methodsOfInt8_String1 struct{ string func(Int8_String1) string }

func (x Int8_String1) String() string {
	if f := methodsOfInt8_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int8_String1Methods sets the functions that Int8_String1's methods call.
func Int8_String1Methods(string func(Int8_String1) string) bool {
	methodsOfInt8_String1.string = string
	return true
}

var methodsOfInt8_String2 struct{ string func(Int8_String2) string }

func (x Int8_String2) String() string {
	if f := methodsOfInt8_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int8_String2Methods sets the functions that Int8_String2's methods call.
func Int8_String2Methods(string func(Int8_String2) string) bool {
	methodsOfInt8_String2.string = string
	return true
}

var methodsOfInt8_String3 struct{ string func(Int8_String3) string }

func (x Int8_String3) String() string {
	if f := methodsOfInt8_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int8_String3Methods sets the functions that Int8_String3's methods call.
func Int8_String3Methods(string func(Int8_String3) string) bool {
	methodsOfInt8_String3.string = string
	return true
}

var methodsOfInt8_String4 struct{ string func(Int8_String4) string }

func (x Int8_String4) String() string {
	if f := methodsOfInt8_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int8_String4Methods sets the functions that Int8_String4's methods call.
func Int8_String4Methods(string func(Int8_String4) string) bool {
	methodsOfInt8_String4.string = string
	return true
}

var methodsOfInt8_Error1 struct{ error func(Int8_Error1) string }

func (x Int8_Error1) Error() string {
	if f := methodsOfInt8_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int8_Error1Methods sets the functions that Int8_Error1's methods call.
func Int8_Error1Methods(error func(Int8_Error1) string) bool {
	methodsOfInt8_Error1.error = error
	return true
}

var methodsOfInt8_Error2 struct{ error func(Int8_Error2) string }

func (x Int8_Error2) Error() string {
	if f := methodsOfInt8_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int8_Error2Methods sets the functions that Int8_Error2's methods call.
func Int8_Error2Methods(error func(Int8_Error2) string) bool {
	methodsOfInt8_Error2.error = error
	return true
}

var methodsOfInt8_Error3 struct{ error func(Int8_Error3) string }

func (x Int8_Error3) Error() string {
	if f := methodsOfInt8_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int8_Error3Methods sets the functions that Int8_Error3's methods call.
func Int8_Error3Methods(error func(Int8_Error3) string) bool {
	methodsOfInt8_Error3.error = error
	return true
}

var methodsOfInt8_Error4 struct{ error func(Int8_Error4) string }

func (x Int8_Error4) Error() string {
	if f := methodsOfInt8_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int8_Error4Methods sets the functions that Int8_Error4's methods call.
func Int8_Error4Methods(error func(Int8_Error4) string) bool {
	methodsOfInt8_Error4.error = error
	return true
}

var methodsOfInt8_StringError1 struct {
	string func(Int8_StringError1) string
	error  func(Int8_StringError1) string
}

func (x Int8_StringError1) String() string {
	if f := methodsOfInt8_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int8_StringError1) Error() string {
	if f := methodsOfInt8_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int8_StringError1Methods sets the functions that Int8_StringError1's methods call.
func Int8_StringError1Methods(string, error func(Int8_StringError1) string) bool {
	methodsOfInt8_StringError1.string = string
	methodsOfInt8_StringError1.error = error
	return true
}

var methodsOfInt8_StringError2 struct {
	string func(Int8_StringError2) string
	error  func(Int8_StringError2) string
}

func (x Int8_StringError2) String() string {
	if f := methodsOfInt8_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int8_StringError2) Error() string {
	if f := methodsOfInt8_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int8_StringError2Methods sets the functions that Int8_StringError2's methods call.
func Int8_StringError2Methods(string, error func(Int8_StringError2) string) bool {
	methodsOfInt8_StringError2.string = string
	methodsOfInt8_StringError2.error = error
	return true
}

var methodsOfInt8_StringError3 struct {
	string func(Int8_StringError3) string
	error  func(Int8_StringError3) string
}

func (x Int8_StringError3) String() string {
	if f := methodsOfInt8_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int8_StringError3) Error() string {
	if f := methodsOfInt8_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int8_StringError3Methods sets the functions that Int8_StringError3's methods call.
func Int8_StringError3Methods(string, error func(Int8_StringError3) string) bool {
	methodsOfInt8_StringError3.string = string
	methodsOfInt8_StringError3.error = error
	return true
}

var methodsOfInt8_StringError4 struct {
	string func(Int8_StringError4) string
	error  func(Int8_StringError4) string
}

func (x Int8_StringError4) String() string {
	if f := methodsOfInt8_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int8_StringError4) Error() string {
	if f := methodsOfInt8_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int8_StringError4Methods sets the functions that Int8_StringError4's methods call.
func Int8_StringError4Methods(string, error func(Int8_StringError4) string) bool {
	methodsOfInt8_StringError4.string = string
	methodsOfInt8_StringError4.error = error
	return true
}

var methodsOfInt16_String1 struct{ string func(Int16_String1) string }

func (x Int16_String1) String() string {
	if f := methodsOfInt16_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int16_String1Methods sets the functions that Int16_String1's methods call.
func Int16_String1Methods(string func(Int16_String1) string) bool {
	methodsOfInt16_String1.string = string
	return true
}

var methodsOfInt16_String2 struct{ string func(Int16_String2) string }

func (x Int16_String2) String() string {
	if f := methodsOfInt16_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int16_String2Methods sets the functions that Int16_String2's methods call.
func Int16_String2Methods(string func(Int16_String2) string) bool {
	methodsOfInt16_String2.string = string
	return true
}

var methodsOfInt16_String3 struct{ string func(Int16_String3) string }

func (x Int16_String3) String() string {
	if f := methodsOfInt16_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int16_String3Methods sets the functions that Int16_String3's methods call.
func Int16_String3Methods(string func(Int16_String3) string) bool {
	methodsOfInt16_String3.string = string
	return true
}

var methodsOfInt16_String4 struct{ string func(Int16_String4) string }

func (x Int16_String4) String() string {
	if f := methodsOfInt16_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int16_String4Methods sets the functions that Int16_String4's methods call.
func Int16_String4Methods(string func(Int16_String4) string) bool {
	methodsOfInt16_String4.string = string
	return true
}

var methodsOfInt16_Error1 struct{ error func(Int16_Error1) string }

func (x Int16_Error1) Error() string {
	if f := methodsOfInt16_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int16_Error1Methods sets the functions that Int16_Error1's methods call.
func Int16_Error1Methods(error func(Int16_Error1) string) bool {
	methodsOfInt16_Error1.error = error
	return true
}

var methodsOfInt16_Error2 struct{ error func(Int16_Error2) string }

func (x Int16_Error2) Error() string {
	if f := methodsOfInt16_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int16_Error2Methods sets the functions that Int16_Error2's methods call.
func Int16_Error2Methods(error func(Int16_Error2) string) bool {
	methodsOfInt16_Error2.error = error
	return true
}

var methodsOfInt16_Error3 struct{ error func(Int16_Error3) string }

func (x Int16_Error3) Error() string {
	if f := methodsOfInt16_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int16_Error3Methods sets the functions that Int16_Error3's methods call.
func Int16_Error3Methods(error func(Int16_Error3) string) bool {
	methodsOfInt16_Error3.error = error
	return true
}

var methodsOfInt16_Error4 struct{ error func(Int16_Error4) string }

func (x Int16_Error4) Error() string {
	if f := methodsOfInt16_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int16_Error4Methods sets the functions that Int16_Error4's methods call.
func Int16_Error4Methods(error func(Int16_Error4) string) bool {
	methodsOfInt16_Error4.error = error
	return true
}

var methodsOfInt16_StringError1 struct {
	string func(Int16_StringError1) string
	error  func(Int16_StringError1) string
}

func (x Int16_StringError1) String() string {
	if f := methodsOfInt16_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int16_StringError1) Error() string {
	if f := methodsOfInt16_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int16_StringError1Methods sets the functions that Int16_StringError1's methods call.
func Int16_StringError1Methods(string, error func(Int16_StringError1) string) bool {
	methodsOfInt16_StringError1.string = string
	methodsOfInt16_StringError1.error = error
	return true
}

var methodsOfInt16_StringError2 struct {
	string func(Int16_StringError2) string
	error  func(Int16_StringError2) string
}

func (x Int16_StringError2) String() string {
	if f := methodsOfInt16_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int16_StringError2) Error() string {
	if f := methodsOfInt16_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int16_StringError2Methods sets the functions that Int16_StringError2's methods call.
func Int16_StringError2Methods(string, error func(Int16_StringError2) string) bool {
	methodsOfInt16_StringError2.string = string
	methodsOfInt16_StringError2.error = error
	return true
}

var methodsOfInt16_StringError3 struct {
	string func(Int16_StringError3) string
	error  func(Int16_StringError3) string
}

func (x Int16_StringError3) String() string {
	if f := methodsOfInt16_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int16_StringError3) Error() string {
	if f := methodsOfInt16_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int16_StringError3Methods sets the functions that Int16_StringError3's methods call.
func Int16_StringError3Methods(string, error func(Int16_StringError3) string) bool {
	methodsOfInt16_StringError3.string = string
	methodsOfInt16_StringError3.error = error
	return true
}

var methodsOfInt16_StringError4 struct {
	string func(Int16_StringError4) string
	error  func(Int16_StringError4) string
}

func (x Int16_StringError4) String() string {
	if f := methodsOfInt16_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int16_StringError4) Error() string {
	if f := methodsOfInt16_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int16_StringError4Methods sets the functions that Int16_StringError4's methods call.
func Int16_StringError4Methods(string, error func(Int16_StringError4) string) bool {
	methodsOfInt16_StringError4.string = string
	methodsOfInt16_StringError4.error = error
	return true
}

var methodsOfInt32_String1 struct{ string func(Int32_String1) string }

func (x Int32_String1) String() string {
	if f := methodsOfInt32_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int32_String1Methods sets the functions that Int32_String1's methods call.
func Int32_String1Methods(string func(Int32_String1) string) bool {
	methodsOfInt32_String1.string = string
	return true
}

var methodsOfInt32_String2 struct{ string func(Int32_String2) string }

func (x Int32_String2) String() string {
	if f := methodsOfInt32_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int32_String2Methods sets the functions that Int32_String2's methods call.
func Int32_String2Methods(string func(Int32_String2) string) bool {
	methodsOfInt32_String2.string = string
	return true
}

var methodsOfInt32_String3 struct{ string func(Int32_String3) string }

func (x Int32_String3) String() string {
	if f := methodsOfInt32_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int32_String3Methods sets the functions that Int32_String3's methods call.
func Int32_String3Methods(string func(Int32_String3) string) bool {
	methodsOfInt32_String3.string = string
	return true
}

var methodsOfInt32_String4 struct{ string func(Int32_String4) string }

func (x Int32_String4) String() string {
	if f := methodsOfInt32_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int32_String4Methods sets the functions that Int32_String4's methods call.
func Int32_String4Methods(string func(Int32_String4) string) bool {
	methodsOfInt32_String4.string = string
	return true
}

var methodsOfInt32_Error1 struct{ error func(Int32_Error1) string }

func (x Int32_Error1) Error() string {
	if f := methodsOfInt32_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int32_Error1Methods sets the functions that Int32_Error1's methods call.
func Int32_Error1Methods(error func(Int32_Error1) string) bool {
	methodsOfInt32_Error1.error = error
	return true
}

var methodsOfInt32_Error2 struct{ error func(Int32_Error2) string }

func (x Int32_Error2) Error() string {
	if f := methodsOfInt32_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int32_Error2Methods sets the functions that Int32_Error2's methods call.
func Int32_Error2Methods(error func(Int32_Error2) string) bool {
	methodsOfInt32_Error2.error = error
	return true
}

var methodsOfInt32_Error3 struct{ error func(Int32_Error3) string }

func (x Int32_Error3) Error() string {
	if f := methodsOfInt32_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int32_Error3Methods sets the functions that Int32_Error3's methods call.
func Int32_Error3Methods(error func(Int32_Error3) string) bool {
	methodsOfInt32_Error3.error = error
	return true
}

var methodsOfInt32_Error4 struct{ error func(Int32_Error4) string }

func (x Int32_Error4) Error() string {
	if f := methodsOfInt32_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int32_Error4Methods sets the functions that Int32_Error4's methods call.
func Int32_Error4Methods(error func(Int32_Error4) string) bool {
	methodsOfInt32_Error4.error = error
	return true
}

var methodsOfInt32_StringError1 struct {
	string func(Int32_StringError1) string
	error  func(Int32_StringError1) string
}

func (x Int32_StringError1) String() string {
	if f := methodsOfInt32_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int32_StringError1) Error() string {
	if f := methodsOfInt32_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int32_StringError1Methods sets the functions that Int32_StringError1's methods call.
func Int32_StringError1Methods(string, error func(Int32_StringError1) string) bool {
	methodsOfInt32_StringError1.string = string
	methodsOfInt32_StringError1.error = error
	return true
}

var methodsOfInt32_StringError2 struct {
	string func(Int32_StringError2) string
	error  func(Int32_StringError2) string
}

func (x Int32_StringError2) String() string {
	if f := methodsOfInt32_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int32_StringError2) Error() string {
	if f := methodsOfInt32_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int32_StringError2Methods sets the functions that Int32_StringError2's methods call.
func Int32_StringError2Methods(string, error func(Int32_StringError2) string) bool {
	methodsOfInt32_StringError2.string = string
	methodsOfInt32_StringError2.error = error
	return true
}

var methodsOfInt32_StringError3 struct {
	string func(Int32_StringError3) string
	error  func(Int32_StringError3) string
}

func (x Int32_StringError3) String() string {
	if f := methodsOfInt32_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int32_StringError3) Error() string {
	if f := methodsOfInt32_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int32_StringError3Methods sets the functions that Int32_StringError3's methods call.
func Int32_StringError3Methods(string, error func(Int32_StringError3) string) bool {
	methodsOfInt32_StringError3.string = string
	methodsOfInt32_StringError3.error = error
	return true
}

var methodsOfInt32_StringError4 struct {
	string func(Int32_StringError4) string
	error  func(Int32_StringError4) string
}

func (x Int32_StringError4) String() string {
	if f := methodsOfInt32_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int32_StringError4) Error() string {
	if f := methodsOfInt32_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int32_StringError4Methods sets the functions that Int32_StringError4's methods call.
func Int32_StringError4Methods(string, error func(Int32_StringError4) string) bool {
	methodsOfInt32_StringError4.string = string
	methodsOfInt32_StringError4.error = error
	return true
}

var methodsOfInt64_String1 struct{ string func(Int64_String1) string }

func (x Int64_String1) String() string {
	if f := methodsOfInt64_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int64_String1Methods sets the functions that Int64_String1's methods call.
func Int64_String1Methods(string func(Int64_String1) string) bool {
	methodsOfInt64_String1.string = string
	return true
}

var methodsOfInt64_String2 struct{ string func(Int64_String2) string }

func (x Int64_String2) String() string {
	if f := methodsOfInt64_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int64_String2Methods sets the functions that Int64_String2's methods call.
func Int64_String2Methods(string func(Int64_String2) string) bool {
	methodsOfInt64_String2.string = string
	return true
}

var methodsOfInt64_String3 struct{ string func(Int64_String3) string }

func (x Int64_String3) String() string {
	if f := methodsOfInt64_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int64_String3Methods sets the functions that Int64_String3's methods call.
func Int64_String3Methods(string func(Int64_String3) string) bool {
	methodsOfInt64_String3.string = string
	return true
}

var methodsOfInt64_String4 struct{ string func(Int64_String4) string }

func (x Int64_String4) String() string {
	if f := methodsOfInt64_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Int64_String4Methods sets the functions that Int64_String4's methods call.
func Int64_String4Methods(string func(Int64_String4) string) bool {
	methodsOfInt64_String4.string = string
	return true
}

var methodsOfInt64_Error1 struct{ error func(Int64_Error1) string }

func (x Int64_Error1) Error() string {
	if f := methodsOfInt64_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int64_Error1Methods sets the functions that Int64_Error1's methods call.
func Int64_Error1Methods(error func(Int64_Error1) string) bool {
	methodsOfInt64_Error1.error = error
	return true
}

var methodsOfInt64_Error2 struct{ error func(Int64_Error2) string }

func (x Int64_Error2) Error() string {
	if f := methodsOfInt64_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int64_Error2Methods sets the functions that Int64_Error2's methods call.
func Int64_Error2Methods(error func(Int64_Error2) string) bool {
	methodsOfInt64_Error2.error = error
	return true
}

var methodsOfInt64_Error3 struct{ error func(Int64_Error3) string }

func (x Int64_Error3) Error() string {
	if f := methodsOfInt64_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int64_Error3Methods sets the functions that Int64_Error3's methods call.
func Int64_Error3Methods(error func(Int64_Error3) string) bool {
	methodsOfInt64_Error3.error = error
	return true
}

var methodsOfInt64_Error4 struct{ error func(Int64_Error4) string }

func (x Int64_Error4) Error() string {
	if f := methodsOfInt64_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int64_Error4Methods sets the functions that Int64_Error4's methods call.
func Int64_Error4Methods(error func(Int64_Error4) string) bool {
	methodsOfInt64_Error4.error = error
	return true
}

var methodsOfInt64_StringError1 struct {
	string func(Int64_StringError1) string
	error  func(Int64_StringError1) string
}

func (x Int64_StringError1) String() string {
	if f := methodsOfInt64_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int64_StringError1) Error() string {
	if f := methodsOfInt64_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int64_StringError1Methods sets the functions that Int64_StringError1's methods call.
func Int64_StringError1Methods(string, error func(Int64_StringError1) string) bool {
	methodsOfInt64_StringError1.string = string
	methodsOfInt64_StringError1.error = error
	return true
}

var methodsOfInt64_StringError2 struct {
	string func(Int64_StringError2) string
	error  func(Int64_StringError2) string
}

func (x Int64_StringError2) String() string {
	if f := methodsOfInt64_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int64_StringError2) Error() string {
	if f := methodsOfInt64_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int64_StringError2Methods sets the functions that Int64_StringError2's methods call.
func Int64_StringError2Methods(string, error func(Int64_StringError2) string) bool {
	methodsOfInt64_StringError2.string = string
	methodsOfInt64_StringError2.error = error
	return true
}

var methodsOfInt64_StringError3 struct {
	string func(Int64_StringError3) string
	error  func(Int64_StringError3) string
}

func (x Int64_StringError3) String() string {
	if f := methodsOfInt64_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int64_StringError3) Error() string {
	if f := methodsOfInt64_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int64_StringError3Methods sets the functions that Int64_StringError3's methods call.
func Int64_StringError3Methods(string, error func(Int64_StringError3) string) bool {
	methodsOfInt64_StringError3.string = string
	methodsOfInt64_StringError3.error = error
	return true
}

var methodsOfInt64_StringError4 struct {
	string func(Int64_StringError4) string
	error  func(Int64_StringError4) string
}

func (x Int64_StringError4) String() string {
	if f := methodsOfInt64_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Int64_StringError4) Error() string {
	if f := methodsOfInt64_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Int64_StringError4Methods sets the functions that Int64_StringError4's methods call.
func Int64_StringError4Methods(string, error func(Int64_StringError4) string) bool {
	methodsOfInt64_StringError4.string = string
	methodsOfInt64_StringError4.error = error
	return true
}

var methodsOfUint_String1 struct{ string func(Uint_String1) string }

func (x Uint_String1) String() string {
	if f := methodsOfUint_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint_String1Methods sets the functions that Uint_String1's methods call.
func Uint_String1Methods(string func(Uint_String1) string) bool {
	methodsOfUint_String1.string = string
	return true
}

var methodsOfUint_String2 struct{ string func(Uint_String2) string }

func (x Uint_String2) String() string {
	if f := methodsOfUint_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint_String2Methods sets the functions that Uint_String2's methods call.
func Uint_String2Methods(string func(Uint_String2) string) bool {
	methodsOfUint_String2.string = string
	return true
}

var methodsOfUint_String3 struct{ string func(Uint_String3) string }

func (x Uint_String3) String() string {
	if f := methodsOfUint_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint_String3Methods sets the functions that Uint_String3's methods call.
func Uint_String3Methods(string func(Uint_String3) string) bool {
	methodsOfUint_String3.string = string
	return true
}

var methodsOfUint_String4 struct{ string func(Uint_String4) string }

func (x Uint_String4) String() string {
	if f := methodsOfUint_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint_String4Methods sets the functions that Uint_String4's methods call.
func Uint_String4Methods(string func(Uint_String4) string) bool {
	methodsOfUint_String4.string = string
	return true
}

var methodsOfUint_Error1 struct{ error func(Uint_Error1) string }

func (x Uint_Error1) Error() string {
	if f := methodsOfUint_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint_Error1Methods sets the functions that Uint_Error1's methods call.
func Uint_Error1Methods(error func(Uint_Error1) string) bool {
	methodsOfUint_Error1.error = error
	return true
}

var methodsOfUint_Error2 struct{ error func(Uint_Error2) string }

func (x Uint_Error2) Error() string {
	if f := methodsOfUint_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint_Error2Methods sets the functions that Uint_Error2's methods call.
func Uint_Error2Methods(error func(Uint_Error2) string) bool {
	methodsOfUint_Error2.error = error
	return true
}

var methodsOfUint_Error3 struct{ error func(Uint_Error3) string }

func (x Uint_Error3) Error() string {
	if f := methodsOfUint_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint_Error3Methods sets the functions that Uint_Error3's methods call.
func Uint_Error3Methods(error func(Uint_Error3) string) bool {
	methodsOfUint_Error3.error = error
	return true
}

var methodsOfUint_Error4 struct{ error func(Uint_Error4) string }

func (x Uint_Error4) Error() string {
	if f := methodsOfUint_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint_Error4Methods sets the functions that Uint_Error4's methods call.
func Uint_Error4Methods(error func(Uint_Error4) string) bool {
	methodsOfUint_Error4.error = error
	return true
}

var methodsOfUint_StringError1 struct {
	string func(Uint_StringError1) string
	error  func(Uint_StringError1) string
}

func (x Uint_StringError1) String() string {
	if f := methodsOfUint_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint_StringError1) Error() string {
	if f := methodsOfUint_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint_StringError1Methods sets the functions that Uint_StringError1's methods call.
func Uint_StringError1Methods(string, error func(Uint_StringError1) string) bool {
	methodsOfUint_StringError1.string = string
	methodsOfUint_StringError1.error = error
	return true
}

var methodsOfUint_StringError2 struct {
	string func(Uint_StringError2) string
	error  func(Uint_StringError2) string
}

func (x Uint_StringError2) String() string {
	if f := methodsOfUint_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint_StringError2) Error() string {
	if f := methodsOfUint_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint_StringError2Methods sets the functions that Uint_StringError2's methods call.
func Uint_StringError2Methods(string, error func(Uint_StringError2) string) bool {
	methodsOfUint_StringError2.string = string
	methodsOfUint_StringError2.error = error
	return true
}

var methodsOfUint_StringError3 struct {
	string func(Uint_StringError3) string
	error  func(Uint_StringError3) string
}

func (x Uint_StringError3) String() string {
	if f := methodsOfUint_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint_StringError3) Error() string {
	if f := methodsOfUint_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint_StringError3Methods sets the functions that Uint_StringError3's methods call.
func Uint_StringError3Methods(string, error func(Uint_StringError3) string) bool {
	methodsOfUint_StringError3.string = string
	methodsOfUint_StringError3.error = error
	return true
}

var methodsOfUint_StringError4 struct {
	string func(Uint_StringError4) string
	error  func(Uint_StringError4) string
}

func (x Uint_StringError4) String() string {
	if f := methodsOfUint_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint_StringError4) Error() string {
	if f := methodsOfUint_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint_StringError4Methods sets the functions that Uint_StringError4's methods call.
func Uint_StringError4Methods(string, error func(Uint_StringError4) string) bool {
	methodsOfUint_StringError4.string = string
	methodsOfUint_StringError4.error = error
	return true
}

var methodsOfUint8_String1 struct{ string func(Uint8_String1) string }

func (x Uint8_String1) String() string {
	if f := methodsOfUint8_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint8_String1Methods sets the functions that Uint8_String1's methods call.
func Uint8_String1Methods(string func(Uint8_String1) string) bool {
	methodsOfUint8_String1.string = string
	return true
}

var methodsOfUint8_String2 struct{ string func(Uint8_String2) string }

func (x Uint8_String2) String() string {
	if f := methodsOfUint8_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint8_String2Methods sets the functions that Uint8_String2's methods call.
func Uint8_String2Methods(string func(Uint8_String2) string) bool {
	methodsOfUint8_String2.string = string
	return true
}

var methodsOfUint8_String3 struct{ string func(Uint8_String3) string }

func (x Uint8_String3) String() string {
	if f := methodsOfUint8_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint8_String3Methods sets the functions that Uint8_String3's methods call.
func Uint8_String3Methods(string func(Uint8_String3) string) bool {
	methodsOfUint8_String3.string = string
	return true
}

var methodsOfUint8_String4 struct{ string func(Uint8_String4) string }

func (x Uint8_String4) String() string {
	if f := methodsOfUint8_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint8_String4Methods sets the functions that Uint8_String4's methods call.
func Uint8_String4Methods(string func(Uint8_String4) string) bool {
	methodsOfUint8_String4.string = string
	return true
}

var methodsOfUint8_Error1 struct{ error func(Uint8_Error1) string }

func (x Uint8_Error1) Error() string {
	if f := methodsOfUint8_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint8_Error1Methods sets the functions that Uint8_Error1's methods call.
func Uint8_Error1Methods(error func(Uint8_Error1) string) bool {
	methodsOfUint8_Error1.error = error
	return true
}

var methodsOfUint8_Error2 struct{ error func(Uint8_Error2) string }

func (x Uint8_Error2) Error() string {
	if f := methodsOfUint8_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint8_Error2Methods sets the functions that Uint8_Error2's methods call.
func Uint8_Error2Methods(error func(Uint8_Error2) string) bool {
	methodsOfUint8_Error2.error = error
	return true
}

var methodsOfUint8_Error3 struct{ error func(Uint8_Error3) string }

func (x Uint8_Error3) Error() string {
	if f := methodsOfUint8_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint8_Error3Methods sets the functions that Uint8_Error3's methods call.
func Uint8_Error3Methods(error func(Uint8_Error3) string) bool {
	methodsOfUint8_Error3.error = error
	return true
}

var methodsOfUint8_Error4 struct{ error func(Uint8_Error4) string }

func (x Uint8_Error4) Error() string {
	if f := methodsOfUint8_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint8_Error4Methods sets the functions that Uint8_Error4's methods call.
func Uint8_Error4Methods(error func(Uint8_Error4) string) bool {
	methodsOfUint8_Error4.error = error
	return true
}

var methodsOfUint8_StringError1 struct {
	string func(Uint8_StringError1) string
	error  func(Uint8_StringError1) string
}

func (x Uint8_StringError1) String() string {
	if f := methodsOfUint8_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint8_StringError1) Error() string {
	if f := methodsOfUint8_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint8_StringError1Methods sets the functions that Uint8_StringError1's methods call.
func Uint8_StringError1Methods(string, error func(Uint8_StringError1) string) bool {
	methodsOfUint8_StringError1.string = string
	methodsOfUint8_StringError1.error = error
	return true
}

var methodsOfUint8_StringError2 struct {
	string func(Uint8_StringError2) string
	error  func(Uint8_StringError2) string
}

func (x Uint8_StringError2) String() string {
	if f := methodsOfUint8_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint8_StringError2) Error() string {
	if f := methodsOfUint8_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint8_StringError2Methods sets the functions that Uint8_StringError2's methods call.
func Uint8_StringError2Methods(string, error func(Uint8_StringError2) string) bool {
	methodsOfUint8_StringError2.string = string
	methodsOfUint8_StringError2.error = error
	return true
}

var methodsOfUint8_StringError3 struct {
	string func(Uint8_StringError3) string
	error  func(Uint8_StringError3) string
}

func (x Uint8_StringError3) String() string {
	if f := methodsOfUint8_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint8_StringError3) Error() string {
	if f := methodsOfUint8_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint8_StringError3Methods sets the functions that Uint8_StringError3's methods call.
func Uint8_StringError3Methods(string, error func(Uint8_StringError3) string) bool {
	methodsOfUint8_StringError3.string = string
	methodsOfUint8_StringError3.error = error
	return true
}

var methodsOfUint8_StringError4 struct {
	string func(Uint8_StringError4) string
	error  func(Uint8_StringError4) string
}

func (x Uint8_StringError4) String() string {
	if f := methodsOfUint8_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint8_StringError4) Error() string {
	if f := methodsOfUint8_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint8_StringError4Methods sets the functions that Uint8_StringError4's methods call.
func Uint8_StringError4Methods(string, error func(Uint8_StringError4) string) bool {
	methodsOfUint8_StringError4.string = string
	methodsOfUint8_StringError4.error = error
	return true
}

var methodsOfUint16_String1 struct{ string func(Uint16_String1) string }

func (x Uint16_String1) String() string {
	if f := methodsOfUint16_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint16_String1Methods sets the functions that Uint16_String1's methods call.
func Uint16_String1Methods(string func(Uint16_String1) string) bool {
	methodsOfUint16_String1.string = string
	return true
}

var methodsOfUint16_String2 struct{ string func(Uint16_String2) string }

func (x Uint16_String2) String() string {
	if f := methodsOfUint16_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint16_String2Methods sets the functions that Uint16_String2's methods call.
func Uint16_String2Methods(string func(Uint16_String2) string) bool {
	methodsOfUint16_String2.string = string
	return true
}

var methodsOfUint16_String3 struct{ string func(Uint16_String3) string }

func (x Uint16_String3) String() string {
	if f := methodsOfUint16_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint16_String3Methods sets the functions that Uint16_String3's methods call.
func Uint16_String3Methods(string func(Uint16_String3) string) bool {
	methodsOfUint16_String3.string = string
	return true
}

var methodsOfUint16_String4 struct{ string func(Uint16_String4) string }

func (x Uint16_String4) String() string {
	if f := methodsOfUint16_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint16_String4Methods sets the functions that Uint16_String4's methods call.
func Uint16_String4Methods(string func(Uint16_String4) string) bool {
	methodsOfUint16_String4.string = string
	return true
}

var methodsOfUint16_Error1 struct{ error func(Uint16_Error1) string }

func (x Uint16_Error1) Error() string {
	if f := methodsOfUint16_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint16_Error1Methods sets the functions that Uint16_Error1's methods call.
func Uint16_Error1Methods(error func(Uint16_Error1) string) bool {
	methodsOfUint16_Error1.error = error
	return true
}

var methodsOfUint16_Error2 struct{ error func(Uint16_Error2) string }

func (x Uint16_Error2) Error() string {
	if f := methodsOfUint16_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint16_Error2Methods sets the functions that Uint16_Error2's methods call.
func Uint16_Error2Methods(error func(Uint16_Error2) string) bool {
	methodsOfUint16_Error2.error = error
	return true
}

var methodsOfUint16_Error3 struct{ error func(Uint16_Error3) string }

func (x Uint16_Error3) Error() string {
	if f := methodsOfUint16_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint16_Error3Methods sets the functions that Uint16_Error3's methods call.
func Uint16_Error3Methods(error func(Uint16_Error3) string) bool {
	methodsOfUint16_Error3.error = error
	return true
}

var methodsOfUint16_Error4 struct{ error func(Uint16_Error4) string }

func (x Uint16_Error4) Error() string {
	if f := methodsOfUint16_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint16_Error4Methods sets the functions that Uint16_Error4's methods call.
func Uint16_Error4Methods(error func(Uint16_Error4) string) bool {
	methodsOfUint16_Error4.error = error
	return true
}

var methodsOfUint16_StringError1 struct {
	string func(Uint16_StringError1) string
	error  func(Uint16_StringError1) string
}

func (x Uint16_StringError1) String() string {
	if f := methodsOfUint16_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint16_StringError1) Error() string {
	if f := methodsOfUint16_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint16_StringError1Methods sets the functions that Uint16_StringError1's methods call.
func Uint16_StringError1Methods(string, error func(Uint16_StringError1) string) bool {
	methodsOfUint16_StringError1.string = string
	methodsOfUint16_StringError1.error = error
	return true
}

var methodsOfUint16_StringError2 struct {
	string func(Uint16_StringError2) string
	error  func(Uint16_StringError2) string
}

func (x Uint16_StringError2) String() string {
	if f := methodsOfUint16_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint16_StringError2) Error() string {
	if f := methodsOfUint16_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint16_StringError2Methods sets the functions that Uint16_StringError2's methods call.
func Uint16_StringError2Methods(string, error func(Uint16_StringError2) string) bool {
	methodsOfUint16_StringError2.string = string
	methodsOfUint16_StringError2.error = error
	return true
}

var methodsOfUint16_StringError3 struct {
	string func(Uint16_StringError3) string
	error  func(Uint16_StringError3) string
}

func (x Uint16_StringError3) String() string {
	if f := methodsOfUint16_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint16_StringError3) Error() string {
	if f := methodsOfUint16_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint16_StringError3Methods sets the functions that Uint16_StringError3's methods call.
func Uint16_StringError3Methods(string, error func(Uint16_StringError3) string) bool {
	methodsOfUint16_StringError3.string = string
	methodsOfUint16_StringError3.error = error
	return true
}

var methodsOfUint16_StringError4 struct {
	string func(Uint16_StringError4) string
	error  func(Uint16_StringError4) string
}

func (x Uint16_StringError4) String() string {
	if f := methodsOfUint16_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint16_StringError4) Error() string {
	if f := methodsOfUint16_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint16_StringError4Methods sets the functions that Uint16_StringError4's methods call.
func Uint16_StringError4Methods(string, error func(Uint16_StringError4) string) bool {
	methodsOfUint16_StringError4.string = string
	methodsOfUint16_StringError4.error = error
	return true
}

var methodsOfUint32_String1 struct{ string func(Uint32_String1) string }

func (x Uint32_String1) String() string {
	if f := methodsOfUint32_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint32_String1Methods sets the functions that Uint32_String1's methods call.
func Uint32_String1Methods(string func(Uint32_String1) string) bool {
	methodsOfUint32_String1.string = string
	return true
}

var methodsOfUint32_String2 struct{ string func(Uint32_String2) string }

func (x Uint32_String2) String() string {
	if f := methodsOfUint32_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint32_String2Methods sets the functions that Uint32_String2's methods call.
func Uint32_String2Methods(string func(Uint32_String2) string) bool {
	methodsOfUint32_String2.string = string
	return true
}

var methodsOfUint32_String3 struct{ string func(Uint32_String3) string }

func (x Uint32_String3) String() string {
	if f := methodsOfUint32_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint32_String3Methods sets the functions that Uint32_String3's methods call.
func Uint32_String3Methods(string func(Uint32_String3) string) bool {
	methodsOfUint32_String3.string = string
	return true
}

var methodsOfUint32_String4 struct{ string func(Uint32_String4) string }

func (x Uint32_String4) String() string {
	if f := methodsOfUint32_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint32_String4Methods sets the functions that Uint32_String4's methods call.
func Uint32_String4Methods(string func(Uint32_String4) string) bool {
	methodsOfUint32_String4.string = string
	return true
}

var methodsOfUint32_Error1 struct{ error func(Uint32_Error1) string }

func (x Uint32_Error1) Error() string {
	if f := methodsOfUint32_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint32_Error1Methods sets the functions that Uint32_Error1's methods call.
func Uint32_Error1Methods(error func(Uint32_Error1) string) bool {
	methodsOfUint32_Error1.error = error
	return true
}

var methodsOfUint32_Error2 struct{ error func(Uint32_Error2) string }

func (x Uint32_Error2) Error() string {
	if f := methodsOfUint32_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint32_Error2Methods sets the functions that Uint32_Error2's methods call.
func Uint32_Error2Methods(error func(Uint32_Error2) string) bool {
	methodsOfUint32_Error2.error = error
	return true
}

var methodsOfUint32_Error3 struct{ error func(Uint32_Error3) string }

func (x Uint32_Error3) Error() string {
	if f := methodsOfUint32_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint32_Error3Methods sets the functions that Uint32_Error3's methods call.
func Uint32_Error3Methods(error func(Uint32_Error3) string) bool {
	methodsOfUint32_Error3.error = error
	return true
}

var methodsOfUint32_Error4 struct{ error func(Uint32_Error4) string }

func (x Uint32_Error4) Error() string {
	if f := methodsOfUint32_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint32_Error4Methods sets the functions that Uint32_Error4's methods call.
func Uint32_Error4Methods(error func(Uint32_Error4) string) bool {
	methodsOfUint32_Error4.error = error
	return true
}

var methodsOfUint32_StringError1 struct {
	string func(Uint32_StringError1) string
	error  func(Uint32_StringError1) string
}

func (x Uint32_StringError1) String() string {
	if f := methodsOfUint32_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint32_StringError1) Error() string {
	if f := methodsOfUint32_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint32_StringError1Methods sets the functions that Uint32_StringError1's methods call.
func Uint32_StringError1Methods(string, error func(Uint32_StringError1) string) bool {
	methodsOfUint32_StringError1.string = string
	methodsOfUint32_StringError1.error = error
	return true
}

var methodsOfUint32_StringError2 struct {
	string func(Uint32_StringError2) string
	error  func(Uint32_StringError2) string
}

func (x Uint32_StringError2) String() string {
	if f := methodsOfUint32_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint32_StringError2) Error() string {
	if f := methodsOfUint32_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint32_StringError2Methods sets the functions that Uint32_StringError2's methods call.
func Uint32_StringError2Methods(string, error func(Uint32_StringError2) string) bool {
	methodsOfUint32_StringError2.string = string
	methodsOfUint32_StringError2.error = error
	return true
}

var methodsOfUint32_StringError3 struct {
	string func(Uint32_StringError3) string
	error  func(Uint32_StringError3) string
}

func (x Uint32_StringError3) String() string {
	if f := methodsOfUint32_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint32_StringError3) Error() string {
	if f := methodsOfUint32_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint32_StringError3Methods sets the functions that Uint32_StringError3's methods call.
func Uint32_StringError3Methods(string, error func(Uint32_StringError3) string) bool {
	methodsOfUint32_StringError3.string = string
	methodsOfUint32_StringError3.error = error
	return true
}

var methodsOfUint32_StringError4 struct {
	string func(Uint32_StringError4) string
	error  func(Uint32_StringError4) string
}

func (x Uint32_StringError4) String() string {
	if f := methodsOfUint32_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint32_StringError4) Error() string {
	if f := methodsOfUint32_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint32_StringError4Methods sets the functions that Uint32_StringError4's methods call.
func Uint32_StringError4Methods(string, error func(Uint32_StringError4) string) bool {
	methodsOfUint32_StringError4.string = string
	methodsOfUint32_StringError4.error = error
	return true
}

var methodsOfUint64_String1 struct{ string func(Uint64_String1) string }

func (x Uint64_String1) String() string {
	if f := methodsOfUint64_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint64_String1Methods sets the functions that Uint64_String1's methods call.
func Uint64_String1Methods(string func(Uint64_String1) string) bool {
	methodsOfUint64_String1.string = string
	return true
}

var methodsOfUint64_String2 struct{ string func(Uint64_String2) string }

func (x Uint64_String2) String() string {
	if f := methodsOfUint64_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint64_String2Methods sets the functions that Uint64_String2's methods call.
func Uint64_String2Methods(string func(Uint64_String2) string) bool {
	methodsOfUint64_String2.string = string
	return true
}

var methodsOfUint64_String3 struct{ string func(Uint64_String3) string }

func (x Uint64_String3) String() string {
	if f := methodsOfUint64_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint64_String3Methods sets the functions that Uint64_String3's methods call.
func Uint64_String3Methods(string func(Uint64_String3) string) bool {
	methodsOfUint64_String3.string = string
	return true
}

var methodsOfUint64_String4 struct{ string func(Uint64_String4) string }

func (x Uint64_String4) String() string {
	if f := methodsOfUint64_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uint64_String4Methods sets the functions that Uint64_String4's methods call.
func Uint64_String4Methods(string func(Uint64_String4) string) bool {
	methodsOfUint64_String4.string = string
	return true
}

var methodsOfUint64_Error1 struct{ error func(Uint64_Error1) string }

func (x Uint64_Error1) Error() string {
	if f := methodsOfUint64_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint64_Error1Methods sets the functions that Uint64_Error1's methods call.
func Uint64_Error1Methods(error func(Uint64_Error1) string) bool {
	methodsOfUint64_Error1.error = error
	return true
}

var methodsOfUint64_Error2 struct{ error func(Uint64_Error2) string }

func (x Uint64_Error2) Error() string {
	if f := methodsOfUint64_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint64_Error2Methods sets the functions that Uint64_Error2's methods call.
func Uint64_Error2Methods(error func(Uint64_Error2) string) bool {
	methodsOfUint64_Error2.error = error
	return true
}

var methodsOfUint64_Error3 struct{ error func(Uint64_Error3) string }

func (x Uint64_Error3) Error() string {
	if f := methodsOfUint64_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint64_Error3Methods sets the functions that Uint64_Error3's methods call.
func Uint64_Error3Methods(error func(Uint64_Error3) string) bool {
	methodsOfUint64_Error3.error = error
	return true
}

var methodsOfUint64_Error4 struct{ error func(Uint64_Error4) string }

func (x Uint64_Error4) Error() string {
	if f := methodsOfUint64_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint64_Error4Methods sets the functions that Uint64_Error4's methods call.
func Uint64_Error4Methods(error func(Uint64_Error4) string) bool {
	methodsOfUint64_Error4.error = error
	return true
}

var methodsOfUint64_StringError1 struct {
	string func(Uint64_StringError1) string
	error  func(Uint64_StringError1) string
}

func (x Uint64_StringError1) String() string {
	if f := methodsOfUint64_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint64_StringError1) Error() string {
	if f := methodsOfUint64_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint64_StringError1Methods sets the functions that Uint64_StringError1's methods call.
func Uint64_StringError1Methods(string, error func(Uint64_StringError1) string) bool {
	methodsOfUint64_StringError1.string = string
	methodsOfUint64_StringError1.error = error
	return true
}

var methodsOfUint64_StringError2 struct {
	string func(Uint64_StringError2) string
	error  func(Uint64_StringError2) string
}

func (x Uint64_StringError2) String() string {
	if f := methodsOfUint64_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint64_StringError2) Error() string {
	if f := methodsOfUint64_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint64_StringError2Methods sets the functions that Uint64_StringError2's methods call.
func Uint64_StringError2Methods(string, error func(Uint64_StringError2) string) bool {
	methodsOfUint64_StringError2.string = string
	methodsOfUint64_StringError2.error = error
	return true
}

var methodsOfUint64_StringError3 struct {
	string func(Uint64_StringError3) string
	error  func(Uint64_StringError3) string
}

func (x Uint64_StringError3) String() string {
	if f := methodsOfUint64_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint64_StringError3) Error() string {
	if f := methodsOfUint64_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint64_StringError3Methods sets the functions that Uint64_StringError3's methods call.
func Uint64_StringError3Methods(string, error func(Uint64_StringError3) string) bool {
	methodsOfUint64_StringError3.string = string
	methodsOfUint64_StringError3.error = error
	return true
}

var methodsOfUint64_StringError4 struct {
	string func(Uint64_StringError4) string
	error  func(Uint64_StringError4) string
}

func (x Uint64_StringError4) String() string {
	if f := methodsOfUint64_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uint64_StringError4) Error() string {
	if f := methodsOfUint64_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uint64_StringError4Methods sets the functions that Uint64_StringError4's methods call.
func Uint64_StringError4Methods(string, error func(Uint64_StringError4) string) bool {
	methodsOfUint64_StringError4.string = string
	methodsOfUint64_StringError4.error = error
	return true
}

var methodsOfUintptr_String1 struct{ string func(Uintptr_String1) string }

func (x Uintptr_String1) String() string {
	if f := methodsOfUintptr_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uintptr_String1Methods sets the functions that Uintptr_String1's methods call.
func Uintptr_String1Methods(string func(Uintptr_String1) string) bool {
	methodsOfUintptr_String1.string = string
	return true
}

var methodsOfUintptr_String2 struct{ string func(Uintptr_String2) string }

func (x Uintptr_String2) String() string {
	if f := methodsOfUintptr_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uintptr_String2Methods sets the functions that Uintptr_String2's methods call.
func Uintptr_String2Methods(string func(Uintptr_String2) string) bool {
	methodsOfUintptr_String2.string = string
	return true
}

var methodsOfUintptr_String3 struct{ string func(Uintptr_String3) string }

func (x Uintptr_String3) String() string {
	if f := methodsOfUintptr_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uintptr_String3Methods sets the functions that Uintptr_String3's methods call.
func Uintptr_String3Methods(string func(Uintptr_String3) string) bool {
	methodsOfUintptr_String3.string = string
	return true
}

var methodsOfUintptr_String4 struct{ string func(Uintptr_String4) string }

func (x Uintptr_String4) String() string {
	if f := methodsOfUintptr_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Uintptr_String4Methods sets the functions that Uintptr_String4's methods call.
func Uintptr_String4Methods(string func(Uintptr_String4) string) bool {
	methodsOfUintptr_String4.string = string
	return true
}

var methodsOfUintptr_Error1 struct{ error func(Uintptr_Error1) string }

func (x Uintptr_Error1) Error() string {
	if f := methodsOfUintptr_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uintptr_Error1Methods sets the functions that Uintptr_Error1's methods call.
func Uintptr_Error1Methods(error func(Uintptr_Error1) string) bool {
	methodsOfUintptr_Error1.error = error
	return true
}

var methodsOfUintptr_Error2 struct{ error func(Uintptr_Error2) string }

func (x Uintptr_Error2) Error() string {
	if f := methodsOfUintptr_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uintptr_Error2Methods sets the functions that Uintptr_Error2's methods call.
func Uintptr_Error2Methods(error func(Uintptr_Error2) string) bool {
	methodsOfUintptr_Error2.error = error
	return true
}

var methodsOfUintptr_Error3 struct{ error func(Uintptr_Error3) string }

func (x Uintptr_Error3) Error() string {
	if f := methodsOfUintptr_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uintptr_Error3Methods sets the functions that Uintptr_Error3's methods call.
func Uintptr_Error3Methods(error func(Uintptr_Error3) string) bool {
	methodsOfUintptr_Error3.error = error
	return true
}

var methodsOfUintptr_Error4 struct{ error func(Uintptr_Error4) string }

func (x Uintptr_Error4) Error() string {
	if f := methodsOfUintptr_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uintptr_Error4Methods sets the functions that Uintptr_Error4's methods call.
func Uintptr_Error4Methods(error func(Uintptr_Error4) string) bool {
	methodsOfUintptr_Error4.error = error
	return true
}

var methodsOfUintptr_StringError1 struct {
	string func(Uintptr_StringError1) string
	error  func(Uintptr_StringError1) string
}

func (x Uintptr_StringError1) String() string {
	if f := methodsOfUintptr_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uintptr_StringError1) Error() string {
	if f := methodsOfUintptr_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uintptr_StringError1Methods sets the functions that Uintptr_StringError1's methods call.
func Uintptr_StringError1Methods(string, error func(Uintptr_StringError1) string) bool {
	methodsOfUintptr_StringError1.string = string
	methodsOfUintptr_StringError1.error = error
	return true
}

var methodsOfUintptr_StringError2 struct {
	string func(Uintptr_StringError2) string
	error  func(Uintptr_StringError2) string
}

func (x Uintptr_StringError2) String() string {
	if f := methodsOfUintptr_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uintptr_StringError2) Error() string {
	if f := methodsOfUintptr_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uintptr_StringError2Methods sets the functions that Uintptr_StringError2's methods call.
func Uintptr_StringError2Methods(string, error func(Uintptr_StringError2) string) bool {
	methodsOfUintptr_StringError2.string = string
	methodsOfUintptr_StringError2.error = error
	return true
}

var methodsOfUintptr_StringError3 struct {
	string func(Uintptr_StringError3) string
	error  func(Uintptr_StringError3) string
}

func (x Uintptr_StringError3) String() string {
	if f := methodsOfUintptr_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uintptr_StringError3) Error() string {
	if f := methodsOfUintptr_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uintptr_StringError3Methods sets the functions that Uintptr_StringError3's methods call.
func Uintptr_StringError3Methods(string, error func(Uintptr_StringError3) string) bool {
	methodsOfUintptr_StringError3.string = string
	methodsOfUintptr_StringError3.error = error
	return true
}

var methodsOfUintptr_StringError4 struct {
	string func(Uintptr_StringError4) string
	error  func(Uintptr_StringError4) string
}

func (x Uintptr_StringError4) String() string {
	if f := methodsOfUintptr_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Uintptr_StringError4) Error() string {
	if f := methodsOfUintptr_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Uintptr_StringError4Methods sets the functions that Uintptr_StringError4's methods call.
func Uintptr_StringError4Methods(string, error func(Uintptr_StringError4) string) bool {
	methodsOfUintptr_StringError4.string = string
	methodsOfUintptr_StringError4.error = error
	return true
}

var methodsOfFloat32_String1 struct{ string func(Float32_String1) string }

func (x Float32_String1) String() string {
	if f := methodsOfFloat32_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Float32_String1Methods sets the functions that Float32_String1's methods call.
func Float32_String1Methods(string func(Float32_String1) string) bool {
	methodsOfFloat32_String1.string = string
	return true
}

var methodsOfFloat32_String2 struct{ string func(Float32_String2) string }

func (x Float32_String2) String() string {
	if f := methodsOfFloat32_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Float32_String2Methods sets the functions that Float32_String2's methods call.
func Float32_String2Methods(string func(Float32_String2) string) bool {
	methodsOfFloat32_String2.string = string
	return true
}

var methodsOfFloat32_String3 struct{ string func(Float32_String3) string }

func (x Float32_String3) String() string {
	if f := methodsOfFloat32_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Float32_String3Methods sets the functions that Float32_String3's methods call.
func Float32_String3Methods(string func(Float32_String3) string) bool {
	methodsOfFloat32_String3.string = string
	return true
}

var methodsOfFloat32_String4 struct{ string func(Float32_String4) string }

func (x Float32_String4) String() string {
	if f := methodsOfFloat32_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Float32_String4Methods sets the functions that Float32_String4's methods call.
func Float32_String4Methods(string func(Float32_String4) string) bool {
	methodsOfFloat32_String4.string = string
	return true
}

var methodsOfFloat32_Error1 struct{ error func(Float32_Error1) string }

func (x Float32_Error1) Error() string {
	if f := methodsOfFloat32_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float32_Error1Methods sets the functions that Float32_Error1's methods call.
func Float32_Error1Methods(error func(Float32_Error1) string) bool {
	methodsOfFloat32_Error1.error = error
	return true
}

var methodsOfFloat32_Error2 struct{ error func(Float32_Error2) string }

func (x Float32_Error2) Error() string {
	if f := methodsOfFloat32_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float32_Error2Methods sets the functions that Float32_Error2's methods call.
func Float32_Error2Methods(error func(Float32_Error2) string) bool {
	methodsOfFloat32_Error2.error = error
	return true
}

var methodsOfFloat32_Error3 struct{ error func(Float32_Error3) string }

func (x Float32_Error3) Error() string {
	if f := methodsOfFloat32_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float32_Error3Methods sets the functions that Float32_Error3's methods call.
func Float32_Error3Methods(error func(Float32_Error3) string) bool {
	methodsOfFloat32_Error3.error = error
	return true
}

var methodsOfFloat32_Error4 struct{ error func(Float32_Error4) string }

func (x Float32_Error4) Error() string {
	if f := methodsOfFloat32_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float32_Error4Methods sets the functions that Float32_Error4's methods call.
func Float32_Error4Methods(error func(Float32_Error4) string) bool {
	methodsOfFloat32_Error4.error = error
	return true
}

var methodsOfFloat32_StringError1 struct {
	string func(Float32_StringError1) string
	error  func(Float32_StringError1) string
}

func (x Float32_StringError1) String() string {
	if f := methodsOfFloat32_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Float32_StringError1) Error() string {
	if f := methodsOfFloat32_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float32_StringError1Methods sets the functions that Float32_StringError1's methods call.
func Float32_StringError1Methods(string, error func(Float32_StringError1) string) bool {
	methodsOfFloat32_StringError1.string = string
	methodsOfFloat32_StringError1.error = error
	return true
}

var methodsOfFloat32_StringError2 struct {
	string func(Float32_StringError2) string
	error  func(Float32_StringError2) string
}

func (x Float32_StringError2) String() string {
	if f := methodsOfFloat32_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Float32_StringError2) Error() string {
	if f := methodsOfFloat32_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float32_StringError2Methods sets the functions that Float32_StringError2's methods call.
func Float32_StringError2Methods(string, error func(Float32_StringError2) string) bool {
	methodsOfFloat32_StringError2.string = string
	methodsOfFloat32_StringError2.error = error
	return true
}

var methodsOfFloat32_StringError3 struct {
	string func(Float32_StringError3) string
	error  func(Float32_StringError3) string
}

func (x Float32_StringError3) String() string {
	if f := methodsOfFloat32_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Float32_StringError3) Error() string {
	if f := methodsOfFloat32_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float32_StringError3Methods sets the functions that Float32_StringError3's methods call.
func Float32_StringError3Methods(string, error func(Float32_StringError3) string) bool {
	methodsOfFloat32_StringError3.string = string
	methodsOfFloat32_StringError3.error = error
	return true
}

var methodsOfFloat32_StringError4 struct {
	string func(Float32_StringError4) string
	error  func(Float32_StringError4) string
}

func (x Float32_StringError4) String() string {
	if f := methodsOfFloat32_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Float32_StringError4) Error() string {
	if f := methodsOfFloat32_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float32_StringError4Methods sets the functions that Float32_StringError4's methods call.
func Float32_StringError4Methods(string, error func(Float32_StringError4) string) bool {
	methodsOfFloat32_StringError4.string = string
	methodsOfFloat32_StringError4.error = error
	return true
}

var methodsOfFloat64_String1 struct{ string func(Float64_String1) string }

func (x Float64_String1) String() string {
	if f := methodsOfFloat64_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Float64_String1Methods sets the functions that Float64_String1's methods call.
func Float64_String1Methods(string func(Float64_String1) string) bool {
	methodsOfFloat64_String1.string = string
	return true
}

var methodsOfFloat64_String2 struct{ string func(Float64_String2) string }

func (x Float64_String2) String() string {
	if f := methodsOfFloat64_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Float64_String2Methods sets the functions that Float64_String2's methods call.
func Float64_String2Methods(string func(Float64_String2) string) bool {
	methodsOfFloat64_String2.string = string
	return true
}

var methodsOfFloat64_String3 struct{ string func(Float64_String3) string }

func (x Float64_String3) String() string {
	if f := methodsOfFloat64_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Float64_String3Methods sets the functions that Float64_String3's methods call.
func Float64_String3Methods(string func(Float64_String3) string) bool {
	methodsOfFloat64_String3.string = string
	return true
}

var methodsOfFloat64_String4 struct{ string func(Float64_String4) string }

func (x Float64_String4) String() string {
	if f := methodsOfFloat64_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Float64_String4Methods sets the functions that Float64_String4's methods call.
func Float64_String4Methods(string func(Float64_String4) string) bool {
	methodsOfFloat64_String4.string = string
	return true
}

var methodsOfFloat64_Error1 struct{ error func(Float64_Error1) string }

func (x Float64_Error1) Error() string {
	if f := methodsOfFloat64_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float64_Error1Methods sets the functions that Float64_Error1's methods call.
func Float64_Error1Methods(error func(Float64_Error1) string) bool {
	methodsOfFloat64_Error1.error = error
	return true
}

var methodsOfFloat64_Error2 struct{ error func(Float64_Error2) string }

func (x Float64_Error2) Error() string {
	if f := methodsOfFloat64_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float64_Error2Methods sets the functions that Float64_Error2's methods call.
func Float64_Error2Methods(error func(Float64_Error2) string) bool {
	methodsOfFloat64_Error2.error = error
	return true
}

var methodsOfFloat64_Error3 struct{ error func(Float64_Error3) string }

func (x Float64_Error3) Error() string {
	if f := methodsOfFloat64_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float64_Error3Methods sets the functions that Float64_Error3's methods call.
func Float64_Error3Methods(error func(Float64_Error3) string) bool {
	methodsOfFloat64_Error3.error = error
	return true
}

var methodsOfFloat64_Error4 struct{ error func(Float64_Error4) string }

func (x Float64_Error4) Error() string {
	if f := methodsOfFloat64_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float64_Error4Methods sets the functions that Float64_Error4's methods call.
func Float64_Error4Methods(error func(Float64_Error4) string) bool {
	methodsOfFloat64_Error4.error = error
	return true
}

var methodsOfFloat64_StringError1 struct {
	string func(Float64_StringError1) string
	error  func(Float64_StringError1) string
}

func (x Float64_StringError1) String() string {
	if f := methodsOfFloat64_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Float64_StringError1) Error() string {
	if f := methodsOfFloat64_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float64_StringError1Methods sets the functions that Float64_StringError1's methods call.
func Float64_StringError1Methods(string, error func(Float64_StringError1) string) bool {
	methodsOfFloat64_StringError1.string = string
	methodsOfFloat64_StringError1.error = error
	return true
}

var methodsOfFloat64_StringError2 struct {
	string func(Float64_StringError2) string
	error  func(Float64_StringError2) string
}

func (x Float64_StringError2) String() string {
	if f := methodsOfFloat64_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Float64_StringError2) Error() string {
	if f := methodsOfFloat64_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float64_StringError2Methods sets the functions that Float64_StringError2's methods call.
func Float64_StringError2Methods(string, error func(Float64_StringError2) string) bool {
	methodsOfFloat64_StringError2.string = string
	methodsOfFloat64_StringError2.error = error
	return true
}

var methodsOfFloat64_StringError3 struct {
	string func(Float64_StringError3) string
	error  func(Float64_StringError3) string
}

func (x Float64_StringError3) String() string {
	if f := methodsOfFloat64_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Float64_StringError3) Error() string {
	if f := methodsOfFloat64_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float64_StringError3Methods sets the functions that Float64_StringError3's methods call.
func Float64_StringError3Methods(string, error func(Float64_StringError3) string) bool {
	methodsOfFloat64_StringError3.string = string
	methodsOfFloat64_StringError3.error = error
	return true
}

var methodsOfFloat64_StringError4 struct {
	string func(Float64_StringError4) string
	error  func(Float64_StringError4) string
}

func (x Float64_StringError4) String() string {
	if f := methodsOfFloat64_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Float64_StringError4) Error() string {
	if f := methodsOfFloat64_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Float64_StringError4Methods sets the functions that Float64_StringError4's methods call.
func Float64_StringError4Methods(string, error func(Float64_StringError4) string) bool {
	methodsOfFloat64_StringError4.string = string
	methodsOfFloat64_StringError4.error = error
	return true
}

var methodsOfComplex64_String1 struct {
	string func(Complex64_String1) string
}

func (x Complex64_String1) String() string {
	if f := methodsOfComplex64_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Complex64_String1Methods sets the functions that Complex64_String1's methods call.
func Complex64_String1Methods(string func(Complex64_String1) string) bool {
	methodsOfComplex64_String1.string = string
	return true
}

var methodsOfComplex64_String2 struct {
	string func(Complex64_String2) string
}

func (x Complex64_String2) String() string {
	if f := methodsOfComplex64_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Complex64_String2Methods sets the functions that Complex64_String2's methods call.
func Complex64_String2Methods(string func(Complex64_String2) string) bool {
	methodsOfComplex64_String2.string = string
	return true
}

var methodsOfComplex64_String3 struct {
	string func(Complex64_String3) string
}

func (x Complex64_String3) String() string {
	if f := methodsOfComplex64_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Complex64_String3Methods sets the functions that Complex64_String3's methods call.
func Complex64_String3Methods(string func(Complex64_String3) string) bool {
	methodsOfComplex64_String3.string = string
	return true
}

var methodsOfComplex64_String4 struct {
	string func(Complex64_String4) string
}

func (x Complex64_String4) String() string {
	if f := methodsOfComplex64_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Complex64_String4Methods sets the functions that Complex64_String4's methods call.
func Complex64_String4Methods(string func(Complex64_String4) string) bool {
	methodsOfComplex64_String4.string = string
	return true
}

var methodsOfComplex64_Error1 struct{ error func(Complex64_Error1) string }

func (x Complex64_Error1) Error() string {
	if f := methodsOfComplex64_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex64_Error1Methods sets the functions that Complex64_Error1's methods call.
func Complex64_Error1Methods(error func(Complex64_Error1) string) bool {
	methodsOfComplex64_Error1.error = error
	return true
}

var methodsOfComplex64_Error2 struct{ error func(Complex64_Error2) string }

func (x Complex64_Error2) Error() string {
	if f := methodsOfComplex64_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex64_Error2Methods sets the functions that Complex64_Error2's methods call.
func Complex64_Error2Methods(error func(Complex64_Error2) string) bool {
	methodsOfComplex64_Error2.error = error
	return true
}

var methodsOfComplex64_Error3 struct{ error func(Complex64_Error3) string }

func (x Complex64_Error3) Error() string {
	if f := methodsOfComplex64_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex64_Error3Methods sets the functions that Complex64_Error3's methods call.
func Complex64_Error3Methods(error func(Complex64_Error3) string) bool {
	methodsOfComplex64_Error3.error = error
	return true
}

var methodsOfComplex64_Error4 struct{ error func(Complex64_Error4) string }

func (x Complex64_Error4) Error() string {
	if f := methodsOfComplex64_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex64_Error4Methods sets the functions that Complex64_Error4's methods call.
func Complex64_Error4Methods(error func(Complex64_Error4) string) bool {
	methodsOfComplex64_Error4.error = error
	return true
}

var methodsOfComplex64_StringError1 struct {
	string func(Complex64_StringError1) string
	error  func(Complex64_StringError1) string
}

func (x Complex64_StringError1) String() string {
	if f := methodsOfComplex64_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Complex64_StringError1) Error() string {
	if f := methodsOfComplex64_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex64_StringError1Methods sets the functions that Complex64_StringError1's methods call.
func Complex64_StringError1Methods(string, error func(Complex64_StringError1) string) bool {
	methodsOfComplex64_StringError1.string = string
	methodsOfComplex64_StringError1.error = error
	return true
}

var methodsOfComplex64_StringError2 struct {
	string func(Complex64_StringError2) string
	error  func(Complex64_StringError2) string
}

func (x Complex64_StringError2) String() string {
	if f := methodsOfComplex64_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Complex64_StringError2) Error() string {
	if f := methodsOfComplex64_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex64_StringError2Methods sets the functions that Complex64_StringError2's methods call.
func Complex64_StringError2Methods(string, error func(Complex64_StringError2) string) bool {
	methodsOfComplex64_StringError2.string = string
	methodsOfComplex64_StringError2.error = error
	return true
}

var methodsOfComplex64_StringError3 struct {
	string func(Complex64_StringError3) string
	error  func(Complex64_StringError3) string
}

func (x Complex64_StringError3) String() string {
	if f := methodsOfComplex64_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Complex64_StringError3) Error() string {
	if f := methodsOfComplex64_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex64_StringError3Methods sets the functions that Complex64_StringError3's methods call.
func Complex64_StringError3Methods(string, error func(Complex64_StringError3) string) bool {
	methodsOfComplex64_StringError3.string = string
	methodsOfComplex64_StringError3.error = error
	return true
}

var methodsOfComplex64_StringError4 struct {
	string func(Complex64_StringError4) string
	error  func(Complex64_StringError4) string
}

func (x Complex64_StringError4) String() string {
	if f := methodsOfComplex64_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Complex64_StringError4) Error() string {
	if f := methodsOfComplex64_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex64_StringError4Methods sets the functions that Complex64_StringError4's methods call.
func Complex64_StringError4Methods(string, error func(Complex64_StringError4) string) bool {
	methodsOfComplex64_StringError4.string = string
	methodsOfComplex64_StringError4.error = error
	return true
}

var methodsOfComplex128_String1 struct {
	string func(Complex128_String1) string
}

func (x Complex128_String1) String() string {
	if f := methodsOfComplex128_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Complex128_String1Methods sets the functions that Complex128_String1's methods call.
func Complex128_String1Methods(string func(Complex128_String1) string) bool {
	methodsOfComplex128_String1.string = string
	return true
}

var methodsOfComplex128_String2 struct {
	string func(Complex128_String2) string
}

func (x Complex128_String2) String() string {
	if f := methodsOfComplex128_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Complex128_String2Methods sets the functions that Complex128_String2's methods call.
func Complex128_String2Methods(string func(Complex128_String2) string) bool {
	methodsOfComplex128_String2.string = string
	return true
}

var methodsOfComplex128_String3 struct {
	string func(Complex128_String3) string
}

func (x Complex128_String3) String() string {
	if f := methodsOfComplex128_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Complex128_String3Methods sets the functions that Complex128_String3's methods call.
func Complex128_String3Methods(string func(Complex128_String3) string) bool {
	methodsOfComplex128_String3.string = string
	return true
}

var methodsOfComplex128_String4 struct {
	string func(Complex128_String4) string
}

func (x Complex128_String4) String() string {
	if f := methodsOfComplex128_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Complex128_String4Methods sets the functions that Complex128_String4's methods call.
func Complex128_String4Methods(string func(Complex128_String4) string) bool {
	methodsOfComplex128_String4.string = string
	return true
}

var methodsOfComplex128_Error1 struct {
	error func(Complex128_Error1) string
}

func (x Complex128_Error1) Error() string {
	if f := methodsOfComplex128_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex128_Error1Methods sets the functions that Complex128_Error1's methods call.
func Complex128_Error1Methods(error func(Complex128_Error1) string) bool {
	methodsOfComplex128_Error1.error = error
	return true
}

var methodsOfComplex128_Error2 struct {
	error func(Complex128_Error2) string
}

func (x Complex128_Error2) Error() string {
	if f := methodsOfComplex128_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex128_Error2Methods sets the functions that Complex128_Error2's methods call.
func Complex128_Error2Methods(error func(Complex128_Error2) string) bool {
	methodsOfComplex128_Error2.error = error
	return true
}

var methodsOfComplex128_Error3 struct {
	error func(Complex128_Error3) string
}

func (x Complex128_Error3) Error() string {
	if f := methodsOfComplex128_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex128_Error3Methods sets the functions that Complex128_Error3's methods call.
func Complex128_Error3Methods(error func(Complex128_Error3) string) bool {
	methodsOfComplex128_Error3.error = error
	return true
}

var methodsOfComplex128_Error4 struct {
	error func(Complex128_Error4) string
}

func (x Complex128_Error4) Error() string {
	if f := methodsOfComplex128_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex128_Error4Methods sets the functions that Complex128_Error4's methods call.
func Complex128_Error4Methods(error func(Complex128_Error4) string) bool {
	methodsOfComplex128_Error4.error = error
	return true
}

var methodsOfComplex128_StringError1 struct {
	string func(Complex128_StringError1) string
	error  func(Complex128_StringError1) string
}

func (x Complex128_StringError1) String() string {
	if f := methodsOfComplex128_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Complex128_StringError1) Error() string {
	if f := methodsOfComplex128_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex128_StringError1Methods sets the functions that Complex128_StringError1's methods call.
func Complex128_StringError1Methods(string, error func(Complex128_StringError1) string) bool {
	methodsOfComplex128_StringError1.string = string
	methodsOfComplex128_StringError1.error = error
	return true
}

var methodsOfComplex128_StringError2 struct {
	string func(Complex128_StringError2) string
	error  func(Complex128_StringError2) string
}

func (x Complex128_StringError2) String() string {
	if f := methodsOfComplex128_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Complex128_StringError2) Error() string {
	if f := methodsOfComplex128_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex128_StringError2Methods sets the functions that Complex128_StringError2's methods call.
func Complex128_StringError2Methods(string, error func(Complex128_StringError2) string) bool {
	methodsOfComplex128_StringError2.string = string
	methodsOfComplex128_StringError2.error = error
	return true
}

var methodsOfComplex128_StringError3 struct {
	string func(Complex128_StringError3) string
	error  func(Complex128_StringError3) string
}

func (x Complex128_StringError3) String() string {
	if f := methodsOfComplex128_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Complex128_StringError3) Error() string {
	if f := methodsOfComplex128_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex128_StringError3Methods sets the functions that Complex128_StringError3's methods call.
func Complex128_StringError3Methods(string, error func(Complex128_StringError3) string) bool {
	methodsOfComplex128_StringError3.string = string
	methodsOfComplex128_StringError3.error = error
	return true
}

var methodsOfComplex128_StringError4 struct {
	string func(Complex128_StringError4) string
	error  func(Complex128_StringError4) string
}

func (x Complex128_StringError4) String() string {
	if f := methodsOfComplex128_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Complex128_StringError4) Error() string {
	if f := methodsOfComplex128_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Complex128_StringError4Methods sets the functions that Complex128_StringError4's methods call.
func Complex128_StringError4Methods(string, error func(Complex128_StringError4) string) bool {
	methodsOfComplex128_StringError4.string = string
	methodsOfComplex128_StringError4.error = error
	return true
}

var methodsOfString_String1 struct{ string func(String_String1) string }

func (x String_String1) String() string {
	if f := methodsOfString_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// String_String1Methods sets the functions that String_String1's methods call.
func String_String1Methods(string func(String_String1) string) bool {
	methodsOfString_String1.string = string
	return true
}

var methodsOfString_String2 struct{ string func(String_String2) string }

func (x String_String2) String() string {
	if f := methodsOfString_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// String_String2Methods sets the functions that String_String2's methods call.
func String_String2Methods(string func(String_String2) string) bool {
	methodsOfString_String2.string = string
	return true
}

var methodsOfString_String3 struct{ string func(String_String3) string }

func (x String_String3) String() string {
	if f := methodsOfString_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// String_String3Methods sets the functions that String_String3's methods call.
func String_String3Methods(string func(String_String3) string) bool {
	methodsOfString_String3.string = string
	return true
}

var methodsOfString_String4 struct{ string func(String_String4) string }

func (x String_String4) String() string {
	if f := methodsOfString_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// String_String4Methods sets the functions that String_String4's methods call.
func String_String4Methods(string func(String_String4) string) bool {
	methodsOfString_String4.string = string
	return true
}

var methodsOfString_Error1 struct{ error func(String_Error1) string }

func (x String_Error1) Error() string {
	if f := methodsOfString_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// String_Error1Methods sets the functions that String_Error1's methods call.
func String_Error1Methods(error func(String_Error1) string) bool {
	methodsOfString_Error1.error = error
	return true
}

var methodsOfString_Error2 struct{ error func(String_Error2) string }

func (x String_Error2) Error() string {
	if f := methodsOfString_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// String_Error2Methods sets the functions that String_Error2's methods call.
func String_Error2Methods(error func(String_Error2) string) bool {
	methodsOfString_Error2.error = error
	return true
}

var methodsOfString_Error3 struct{ error func(String_Error3) string }

func (x String_Error3) Error() string {
	if f := methodsOfString_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// String_Error3Methods sets the functions that String_Error3's methods call.
func String_Error3Methods(error func(String_Error3) string) bool {
	methodsOfString_Error3.error = error
	return true
}

var methodsOfString_Error4 struct{ error func(String_Error4) string }

func (x String_Error4) Error() string {
	if f := methodsOfString_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// String_Error4Methods sets the functions that String_Error4's methods call.
func String_Error4Methods(error func(String_Error4) string) bool {
	methodsOfString_Error4.error = error
	return true
}

var methodsOfString_StringError1 struct {
	string func(String_StringError1) string
	error  func(String_StringError1) string
}

func (x String_StringError1) String() string {
	if f := methodsOfString_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x String_StringError1) Error() string {
	if f := methodsOfString_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// String_StringError1Methods sets the functions that String_StringError1's methods call.
func String_StringError1Methods(string, error func(String_StringError1) string) bool {
	methodsOfString_StringError1.string = string
	methodsOfString_StringError1.error = error
	return true
}

var methodsOfString_StringError2 struct {
	string func(String_StringError2) string
	error  func(String_StringError2) string
}

func (x String_StringError2) String() string {
	if f := methodsOfString_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x String_StringError2) Error() string {
	if f := methodsOfString_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// String_StringError2Methods sets the functions that String_StringError2's methods call.
func String_StringError2Methods(string, error func(String_StringError2) string) bool {
	methodsOfString_StringError2.string = string
	methodsOfString_StringError2.error = error
	return true
}

var methodsOfString_StringError3 struct {
	string func(String_StringError3) string
	error  func(String_StringError3) string
}

func (x String_StringError3) String() string {
	if f := methodsOfString_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x String_StringError3) Error() string {
	if f := methodsOfString_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// String_StringError3Methods sets the functions that String_StringError3's methods call.
func String_StringError3Methods(string, error func(String_StringError3) string) bool {
	methodsOfString_StringError3.string = string
	methodsOfString_StringError3.error = error
	return true
}

var methodsOfString_StringError4 struct {
	string func(String_StringError4) string
	error  func(String_StringError4) string
}

func (x String_StringError4) String() string {
	if f := methodsOfString_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x String_StringError4) Error() string {
	if f := methodsOfString_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// String_StringError4Methods sets the functions that String_StringError4's methods call.
func String_StringError4Methods(string, error func(String_StringError4) string) bool {
	methodsOfString_StringError4.string = string
	methodsOfString_StringError4.error = error
	return true
}

var methodsOfBytes_String1 struct{ string func(Bytes_String1) string }

func (x Bytes_String1) String() string {
	if f := methodsOfBytes_String1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Bytes_String1Methods sets the functions that Bytes_String1's methods call.
func Bytes_String1Methods(string func(Bytes_String1) string) bool {
	methodsOfBytes_String1.string = string
	return true
}

var methodsOfBytes_String2 struct{ string func(Bytes_String2) string }

func (x Bytes_String2) String() string {
	if f := methodsOfBytes_String2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Bytes_String2Methods sets the functions that Bytes_String2's methods call.
func Bytes_String2Methods(string func(Bytes_String2) string) bool {
	methodsOfBytes_String2.string = string
	return true
}

var methodsOfBytes_String3 struct{ string func(Bytes_String3) string }

func (x Bytes_String3) String() string {
	if f := methodsOfBytes_String3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Bytes_String3Methods sets the functions that Bytes_String3's methods call.
func Bytes_String3Methods(string func(Bytes_String3) string) bool {
	methodsOfBytes_String3.string = string
	return true
}

var methodsOfBytes_String4 struct{ string func(Bytes_String4) string }

func (x Bytes_String4) String() string {
	if f := methodsOfBytes_String4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

// Bytes_String4Methods sets the functions that Bytes_String4's methods call.
func Bytes_String4Methods(string func(Bytes_String4) string) bool {
	methodsOfBytes_String4.string = string
	return true
}

var methodsOfBytes_Error1 struct{ error func(Bytes_Error1) string }

func (x Bytes_Error1) Error() string {
	if f := methodsOfBytes_Error1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bytes_Error1Methods sets the functions that Bytes_Error1's methods call.
func Bytes_Error1Methods(error func(Bytes_Error1) string) bool {
	methodsOfBytes_Error1.error = error
	return true
}

var methodsOfBytes_Error2 struct{ error func(Bytes_Error2) string }

func (x Bytes_Error2) Error() string {
	if f := methodsOfBytes_Error2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bytes_Error2Methods sets the functions that Bytes_Error2's methods call.
func Bytes_Error2Methods(error func(Bytes_Error2) string) bool {
	methodsOfBytes_Error2.error = error
	return true
}

var methodsOfBytes_Error3 struct{ error func(Bytes_Error3) string }

func (x Bytes_Error3) Error() string {
	if f := methodsOfBytes_Error3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bytes_Error3Methods sets the functions that Bytes_Error3's methods call.
func Bytes_Error3Methods(error func(Bytes_Error3) string) bool {
	methodsOfBytes_Error3.error = error
	return true
}

var methodsOfBytes_Error4 struct{ error func(Bytes_Error4) string }

func (x Bytes_Error4) Error() string {
	if f := methodsOfBytes_Error4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bytes_Error4Methods sets the functions that Bytes_Error4's methods call.
func Bytes_Error4Methods(error func(Bytes_Error4) string) bool {
	methodsOfBytes_Error4.error = error
	return true
}

var methodsOfBytes_StringError1 struct {
	string func(Bytes_StringError1) string
	error  func(Bytes_StringError1) string
}

func (x Bytes_StringError1) String() string {
	if f := methodsOfBytes_StringError1.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Bytes_StringError1) Error() string {
	if f := methodsOfBytes_StringError1.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bytes_StringError1Methods sets the functions that Bytes_StringError1's methods call.
func Bytes_StringError1Methods(string, error func(Bytes_StringError1) string) bool {
	methodsOfBytes_StringError1.string = string
	methodsOfBytes_StringError1.error = error
	return true
}

var methodsOfBytes_StringError2 struct {
	string func(Bytes_StringError2) string
	error  func(Bytes_StringError2) string
}

func (x Bytes_StringError2) String() string {
	if f := methodsOfBytes_StringError2.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Bytes_StringError2) Error() string {
	if f := methodsOfBytes_StringError2.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bytes_StringError2Methods sets the functions that Bytes_StringError2's methods call.
func Bytes_StringError2Methods(string, error func(Bytes_StringError2) string) bool {
	methodsOfBytes_StringError2.string = string
	methodsOfBytes_StringError2.error = error
	return true
}

var methodsOfBytes_StringError3 struct {
	string func(Bytes_StringError3) string
	error  func(Bytes_StringError3) string
}

func (x Bytes_StringError3) String() string {
	if f := methodsOfBytes_StringError3.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Bytes_StringError3) Error() string {
	if f := methodsOfBytes_StringError3.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bytes_StringError3Methods sets the functions that Bytes_StringError3's methods call.
func Bytes_StringError3Methods(string, error func(Bytes_StringError3) string) bool {
	methodsOfBytes_StringError3.string = string
	methodsOfBytes_StringError3.error = error
	return true
}

var methodsOfBytes_StringError4 struct {
	string func(Bytes_StringError4) string
	error  func(Bytes_StringError4) string
}

func (x Bytes_StringError4) String() string {
	if f := methodsOfBytes_StringError4.string; f != nil {
		return f(x)
	}
	return unsetString(x)
}

func (x Bytes_StringError4) Error() string {
	if f := methodsOfBytes_StringError4.error; f != nil {
		return f(x)
	}
	return unsetError(x)
}

// Bytes_StringError4Methods sets the functions that Bytes_StringError4's methods call.
func Bytes_StringError4Methods(string, error func(Bytes_StringError4) string) bool {
	methodsOfBytes_StringError4.string = string
	methodsOfBytes_StringError4.error = error
	return true
}

// namedMethodPool lists the pool's types by their set of methods and the
// name of their underlying type, each with its Methods function, made at
// its first use rather than in every process's start.
var namedMethodPool = sync.OnceValue(func() map[string]map[string][]methodSlot {
	return map[string]map[string][]methodSlot{
		"String": {
			"bool":       {{reflect.TypeFor[Bool_String1](), reflect.ValueOf(Bool_String1Methods)}, {reflect.TypeFor[Bool_String2](), reflect.ValueOf(Bool_String2Methods)}, {reflect.TypeFor[Bool_String3](), reflect.ValueOf(Bool_String3Methods)}, {reflect.TypeFor[Bool_String4](), reflect.ValueOf(Bool_String4Methods)}},
			"int":        {{reflect.TypeFor[Int_String1](), reflect.ValueOf(Int_String1Methods)}, {reflect.TypeFor[Int_String2](), reflect.ValueOf(Int_String2Methods)}, {reflect.TypeFor[Int_String3](), reflect.ValueOf(Int_String3Methods)}, {reflect.TypeFor[Int_String4](), reflect.ValueOf(Int_String4Methods)}},
			"int8":       {{reflect.TypeFor[Int8_String1](), reflect.ValueOf(Int8_String1Methods)}, {reflect.TypeFor[Int8_String2](), reflect.ValueOf(Int8_String2Methods)}, {reflect.TypeFor[Int8_String3](), reflect.ValueOf(Int8_String3Methods)}, {reflect.TypeFor[Int8_String4](), reflect.ValueOf(Int8_String4Methods)}},
			"int16":      {{reflect.TypeFor[Int16_String1](), reflect.ValueOf(Int16_String1Methods)}, {reflect.TypeFor[Int16_String2](), reflect.ValueOf(Int16_String2Methods)}, {reflect.TypeFor[Int16_String3](), reflect.ValueOf(Int16_String3Methods)}, {reflect.TypeFor[Int16_String4](), reflect.ValueOf(Int16_String4Methods)}},
			"int32":      {{reflect.TypeFor[Int32_String1](), reflect.ValueOf(Int32_String1Methods)}, {reflect.TypeFor[Int32_String2](), reflect.ValueOf(Int32_String2Methods)}, {reflect.TypeFor[Int32_String3](), reflect.ValueOf(Int32_String3Methods)}, {reflect.TypeFor[Int32_String4](), reflect.ValueOf(Int32_String4Methods)}},
			"int64":      {{reflect.TypeFor[Int64_String1](), reflect.ValueOf(Int64_String1Methods)}, {reflect.TypeFor[Int64_String2](), reflect.ValueOf(Int64_String2Methods)}, {reflect.TypeFor[Int64_String3](), reflect.ValueOf(Int64_String3Methods)}, {reflect.TypeFor[Int64_String4](), reflect.ValueOf(Int64_String4Methods)}},
			"uint":       {{reflect.TypeFor[Uint_String1](), reflect.ValueOf(Uint_String1Methods)}, {reflect.TypeFor[Uint_String2](), reflect.ValueOf(Uint_String2Methods)}, {reflect.TypeFor[Uint_String3](), reflect.ValueOf(Uint_String3Methods)}, {reflect.TypeFor[Uint_String4](), reflect.ValueOf(Uint_String4Methods)}},
			"uint8":      {{reflect.TypeFor[Uint8_String1](), reflect.ValueOf(Uint8_String1Methods)}, {reflect.TypeFor[Uint8_String2](), reflect.ValueOf(Uint8_String2Methods)}, {reflect.TypeFor[Uint8_String3](), reflect.ValueOf(Uint8_String3Methods)}, {reflect.TypeFor[Uint8_String4](), reflect.ValueOf(Uint8_String4Methods)}},
			"uint16":     {{reflect.TypeFor[Uint16_String1](), reflect.ValueOf(Uint16_String1Methods)}, {reflect.TypeFor[Uint16_String2](), reflect.ValueOf(Uint16_String2Methods)}, {reflect.TypeFor[Uint16_String3](), reflect.ValueOf(Uint16_String3Methods)}, {reflect.TypeFor[Uint16_String4](), reflect.ValueOf(Uint16_String4Methods)}},
			"uint32":     {{reflect.TypeFor[Uint32_String1](), reflect.ValueOf(Uint32_String1Methods)}, {reflect.TypeFor[Uint32_String2](), reflect.ValueOf(Uint32_String2Methods)}, {reflect.TypeFor[Uint32_String3](), reflect.ValueOf(Uint32_String3Methods)}, {reflect.TypeFor[Uint32_String4](), reflect.ValueOf(Uint32_String4Methods)}},
			"uint64":     {{reflect.TypeFor[Uint64_String1](), reflect.ValueOf(Uint64_String1Methods)}, {reflect.TypeFor[Uint64_String2](), reflect.ValueOf(Uint64_String2Methods)}, {reflect.TypeFor[Uint64_String3](), reflect.ValueOf(Uint64_String3Methods)}, {reflect.TypeFor[Uint64_String4](), reflect.ValueOf(Uint64_String4Methods)}},
			"uintptr":    {{reflect.TypeFor[Uintptr_String1](), reflect.ValueOf(Uintptr_String1Methods)}, {reflect.TypeFor[Uintptr_String2](), reflect.ValueOf(Uintptr_String2Methods)}, {reflect.TypeFor[Uintptr_String3](), reflect.ValueOf(Uintptr_String3Methods)}, {reflect.TypeFor[Uintptr_String4](), reflect.ValueOf(Uintptr_String4Methods)}},
			"float32":    {{reflect.TypeFor[Float32_String1](), reflect.ValueOf(Float32_String1Methods)}, {reflect.TypeFor[Float32_String2](), reflect.ValueOf(Float32_String2Methods)}, {reflect.TypeFor[Float32_String3](), reflect.ValueOf(Float32_String3Methods)}, {reflect.TypeFor[Float32_String4](), reflect.ValueOf(Float32_String4Methods)}},
			"float64":    {{reflect.TypeFor[Float64_String1](), reflect.ValueOf(Float64_String1Methods)}, {reflect.TypeFor[Float64_String2](), reflect.ValueOf(Float64_String2Methods)}, {reflect.TypeFor[Float64_String3](), reflect.ValueOf(Float64_String3Methods)}, {reflect.TypeFor[Float64_String4](), reflect.ValueOf(Float64_String4Methods)}},
			"complex64":  {{reflect.TypeFor[Complex64_String1](), reflect.ValueOf(Complex64_String1Methods)}, {reflect.TypeFor[Complex64_String2](), reflect.ValueOf(Complex64_String2Methods)}, {reflect.TypeFor[Complex64_String3](), reflect.ValueOf(Complex64_String3Methods)}, {reflect.TypeFor[Complex64_String4](), reflect.ValueOf(Complex64_String4Methods)}},
			"complex128": {{reflect.TypeFor[Complex128_String1](), reflect.ValueOf(Complex128_String1Methods)}, {reflect.TypeFor[Complex128_String2](), reflect.ValueOf(Complex128_String2Methods)}, {reflect.TypeFor[Complex128_String3](), reflect.ValueOf(Complex128_String3Methods)}, {reflect.TypeFor[Complex128_String4](), reflect.ValueOf(Complex128_String4Methods)}},
			"string":     {{reflect.TypeFor[String_String1](), reflect.ValueOf(String_String1Methods)}, {reflect.TypeFor[String_String2](), reflect.ValueOf(String_String2Methods)}, {reflect.TypeFor[String_String3](), reflect.ValueOf(String_String3Methods)}, {reflect.TypeFor[String_String4](), reflect.ValueOf(String_String4Methods)}},
			"[]byte":     {{reflect.TypeFor[Bytes_String1](), reflect.ValueOf(Bytes_String1Methods)}, {reflect.TypeFor[Bytes_String2](), reflect.ValueOf(Bytes_String2Methods)}, {reflect.TypeFor[Bytes_String3](), reflect.ValueOf(Bytes_String3Methods)}, {reflect.TypeFor[Bytes_String4](), reflect.ValueOf(Bytes_String4Methods)}},
		},
		"Error": {
			"bool":       {{reflect.TypeFor[Bool_Error1](), reflect.ValueOf(Bool_Error1Methods)}, {reflect.TypeFor[Bool_Error2](), reflect.ValueOf(Bool_Error2Methods)}, {reflect.TypeFor[Bool_Error3](), reflect.ValueOf(Bool_Error3Methods)}, {reflect.TypeFor[Bool_Error4](), reflect.ValueOf(Bool_Error4Methods)}},
			"int":        {{reflect.TypeFor[Int_Error1](), reflect.ValueOf(Int_Error1Methods)}, {reflect.TypeFor[Int_Error2](), reflect.ValueOf(Int_Error2Methods)}, {reflect.TypeFor[Int_Error3](), reflect.ValueOf(Int_Error3Methods)}, {reflect.TypeFor[Int_Error4](), reflect.ValueOf(Int_Error4Methods)}},
			"int8":       {{reflect.TypeFor[Int8_Error1](), reflect.ValueOf(Int8_Error1Methods)}, {reflect.TypeFor[Int8_Error2](), reflect.ValueOf(Int8_Error2Methods)}, {reflect.TypeFor[Int8_Error3](), reflect.ValueOf(Int8_Error3Methods)}, {reflect.TypeFor[Int8_Error4](), reflect.ValueOf(Int8_Error4Methods)}},
			"int16":      {{reflect.TypeFor[Int16_Error1](), reflect.ValueOf(Int16_Error1Methods)}, {reflect.TypeFor[Int16_Error2](), reflect.ValueOf(Int16_Error2Methods)}, {reflect.TypeFor[Int16_Error3](), reflect.ValueOf(Int16_Error3Methods)}, {reflect.TypeFor[Int16_Error4](), reflect.ValueOf(Int16_Error4Methods)}},
			"int32":      {{reflect.TypeFor[Int32_Error1](), reflect.ValueOf(Int32_Error1Methods)}, {reflect.TypeFor[Int32_Error2](), reflect.ValueOf(Int32_Error2Methods)}, {reflect.TypeFor[Int32_Error3](), reflect.ValueOf(Int32_Error3Methods)}, {reflect.TypeFor[Int32_Error4](), reflect.ValueOf(Int32_Error4Methods)}},
			"int64":      {{reflect.TypeFor[Int64_Error1](), reflect.ValueOf(Int64_Error1Methods)}, {reflect.TypeFor[Int64_Error2](), reflect.ValueOf(Int64_Error2Methods)}, {reflect.TypeFor[Int64_Error3](), reflect.ValueOf(Int64_Error3Methods)}, {reflect.TypeFor[Int64_Error4](), reflect.ValueOf(Int64_Error4Methods)}},
			"uint":       {{reflect.TypeFor[Uint_Error1](), reflect.ValueOf(Uint_Error1Methods)}, {reflect.TypeFor[Uint_Error2](), reflect.ValueOf(Uint_Error2Methods)}, {reflect.TypeFor[Uint_Error3](), reflect.ValueOf(Uint_Error3Methods)}, {reflect.TypeFor[Uint_Error4](), reflect.ValueOf(Uint_Error4Methods)}},
			"uint8":      {{reflect.TypeFor[Uint8_Error1](), reflect.ValueOf(Uint8_Error1Methods)}, {reflect.TypeFor[Uint8_Error2](), reflect.ValueOf(Uint8_Error2Methods)}, {reflect.TypeFor[Uint8_Error3](), reflect.ValueOf(Uint8_Error3Methods)}, {reflect.TypeFor[Uint8_Error4](), reflect.ValueOf(Uint8_Error4Methods)}},
			"uint16":     {{reflect.TypeFor[Uint16_Error1](), reflect.ValueOf(Uint16_Error1Methods)}, {reflect.TypeFor[Uint16_Error2](), reflect.ValueOf(Uint16_Error2Methods)}, {reflect.TypeFor[Uint16_Error3](), reflect.ValueOf(Uint16_Error3Methods)}, {reflect.TypeFor[Uint16_Error4](), reflect.ValueOf(Uint16_Error4Methods)}},
			"uint32":     {{reflect.TypeFor[Uint32_Error1](), reflect.ValueOf(Uint32_Error1Methods)}, {reflect.TypeFor[Uint32_Error2](), reflect.ValueOf(Uint32_Error2Methods)}, {reflect.TypeFor[Uint32_Error3](), reflect.ValueOf(Uint32_Error3Methods)}, {reflect.TypeFor[Uint32_Error4](), reflect.ValueOf(Uint32_Error4Methods)}},
			"uint64":     {{reflect.TypeFor[Uint64_Error1](), reflect.ValueOf(Uint64_Error1Methods)}, {reflect.TypeFor[Uint64_Error2](), reflect.ValueOf(Uint64_Error2Methods)}, {reflect.TypeFor[Uint64_Error3](), reflect.ValueOf(Uint64_Error3Methods)}, {reflect.TypeFor[Uint64_Error4](), reflect.ValueOf(Uint64_Error4Methods)}},
			"uintptr":    {{reflect.TypeFor[Uintptr_Error1](), reflect.ValueOf(Uintptr_Error1Methods)}, {reflect.TypeFor[Uintptr_Error2](), reflect.ValueOf(Uintptr_Error2Methods)}, {reflect.TypeFor[Uintptr_Error3](), reflect.ValueOf(Uintptr_Error3Methods)}, {reflect.TypeFor[Uintptr_Error4](), reflect.ValueOf(Uintptr_Error4Methods)}},
			"float32":    {{reflect.TypeFor[Float32_Error1](), reflect.ValueOf(Float32_Error1Methods)}, {reflect.TypeFor[Float32_Error2](), reflect.ValueOf(Float32_Error2Methods)}, {reflect.TypeFor[Float32_Error3](), reflect.ValueOf(Float32_Error3Methods)}, {reflect.TypeFor[Float32_Error4](), reflect.ValueOf(Float32_Error4Methods)}},
			"float64":    {{reflect.TypeFor[Float64_Error1](), reflect.ValueOf(Float64_Error1Methods)}, {reflect.TypeFor[Float64_Error2](), reflect.ValueOf(Float64_Error2Methods)}, {reflect.TypeFor[Float64_Error3](), reflect.ValueOf(Float64_Error3Methods)}, {reflect.TypeFor[Float64_Error4](), reflect.ValueOf(Float64_Error4Methods)}},
			"complex64":  {{reflect.TypeFor[Complex64_Error1](), reflect.ValueOf(Complex64_Error1Methods)}, {reflect.TypeFor[Complex64_Error2](), reflect.ValueOf(Complex64_Error2Methods)}, {reflect.TypeFor[Complex64_Error3](), reflect.ValueOf(Complex64_Error3Methods)}, {reflect.TypeFor[Complex64_Error4](), reflect.ValueOf(Complex64_Error4Methods)}},
			"complex128": {{reflect.TypeFor[Complex128_Error1](), reflect.ValueOf(Complex128_Error1Methods)}, {reflect.TypeFor[Complex128_Error2](), reflect.ValueOf(Complex128_Error2Methods)}, {reflect.TypeFor[Complex128_Error3](), reflect.ValueOf(Complex128_Error3Methods)}, {reflect.TypeFor[Complex128_Error4](), reflect.ValueOf(Complex128_Error4Methods)}},
			"string":     {{reflect.TypeFor[String_Error1](), reflect.ValueOf(String_Error1Methods)}, {reflect.TypeFor[String_Error2](), reflect.ValueOf(String_Error2Methods)}, {reflect.TypeFor[String_Error3](), reflect.ValueOf(String_Error3Methods)}, {reflect.TypeFor[String_Error4](), reflect.ValueOf(String_Error4Methods)}},
			"[]byte":     {{reflect.TypeFor[Bytes_Error1](), reflect.ValueOf(Bytes_Error1Methods)}, {reflect.TypeFor[Bytes_Error2](), reflect.ValueOf(Bytes_Error2Methods)}, {reflect.TypeFor[Bytes_Error3](), reflect.ValueOf(Bytes_Error3Methods)}, {reflect.TypeFor[Bytes_Error4](), reflect.ValueOf(Bytes_Error4Methods)}},
		},
		"StringError": {
			"bool":       {{reflect.TypeFor[Bool_StringError1](), reflect.ValueOf(Bool_StringError1Methods)}, {reflect.TypeFor[Bool_StringError2](), reflect.ValueOf(Bool_StringError2Methods)}, {reflect.TypeFor[Bool_StringError3](), reflect.ValueOf(Bool_StringError3Methods)}, {reflect.TypeFor[Bool_StringError4](), reflect.ValueOf(Bool_StringError4Methods)}},
			"int":        {{reflect.TypeFor[Int_StringError1](), reflect.ValueOf(Int_StringError1Methods)}, {reflect.TypeFor[Int_StringError2](), reflect.ValueOf(Int_StringError2Methods)}, {reflect.TypeFor[Int_StringError3](), reflect.ValueOf(Int_StringError3Methods)}, {reflect.TypeFor[Int_StringError4](), reflect.ValueOf(Int_StringError4Methods)}},
			"int8":       {{reflect.TypeFor[Int8_StringError1](), reflect.ValueOf(Int8_StringError1Methods)}, {reflect.TypeFor[Int8_StringError2](), reflect.ValueOf(Int8_StringError2Methods)}, {reflect.TypeFor[Int8_StringError3](), reflect.ValueOf(Int8_StringError3Methods)}, {reflect.TypeFor[Int8_StringError4](), reflect.ValueOf(Int8_StringError4Methods)}},
			"int16":      {{reflect.TypeFor[Int16_StringError1](), reflect.ValueOf(Int16_StringError1Methods)}, {reflect.TypeFor[Int16_StringError2](), reflect.ValueOf(Int16_StringError2Methods)}, {reflect.TypeFor[Int16_StringError3](), reflect.ValueOf(Int16_StringError3Methods)}, {reflect.TypeFor[Int16_StringError4](), reflect.ValueOf(Int16_StringError4Methods)}},
			"int32":      {{reflect.TypeFor[Int32_StringError1](), reflect.ValueOf(Int32_StringError1Methods)}, {reflect.TypeFor[Int32_StringError2](), reflect.ValueOf(Int32_StringError2Methods)}, {reflect.TypeFor[Int32_StringError3](), reflect.ValueOf(Int32_StringError3Methods)}, {reflect.TypeFor[Int32_StringError4](), reflect.ValueOf(Int32_StringError4Methods)}},
			"int64":      {{reflect.TypeFor[Int64_StringError1](), reflect.ValueOf(Int64_StringError1Methods)}, {reflect.TypeFor[Int64_StringError2](), reflect.ValueOf(Int64_StringError2Methods)}, {reflect.TypeFor[Int64_StringError3](), reflect.ValueOf(Int64_StringError3Methods)}, {reflect.TypeFor[Int64_StringError4](), reflect.ValueOf(Int64_StringError4Methods)}},
			"uint":       {{reflect.TypeFor[Uint_StringError1](), reflect.ValueOf(Uint_StringError1Methods)}, {reflect.TypeFor[Uint_StringError2](), reflect.ValueOf(Uint_StringError2Methods)}, {reflect.TypeFor[Uint_StringError3](), reflect.ValueOf(Uint_StringError3Methods)}, {reflect.TypeFor[Uint_StringError4](), reflect.ValueOf(Uint_StringError4Methods)}},
			"uint8":      {{reflect.TypeFor[Uint8_StringError1](), reflect.ValueOf(Uint8_StringError1Methods)}, {reflect.TypeFor[Uint8_StringError2](), reflect.ValueOf(Uint8_StringError2Methods)}, {reflect.TypeFor[Uint8_StringError3](), reflect.ValueOf(Uint8_StringError3Methods)}, {reflect.TypeFor[Uint8_StringError4](), reflect.ValueOf(Uint8_StringError4Methods)}},
			"uint16":     {{reflect.TypeFor[Uint16_StringError1](), reflect.ValueOf(Uint16_StringError1Methods)}, {reflect.TypeFor[Uint16_StringError2](), reflect.ValueOf(Uint16_StringError2Methods)}, {reflect.TypeFor[Uint16_StringError3](), reflect.ValueOf(Uint16_StringError3Methods)}, {reflect.TypeFor[Uint16_StringError4](), reflect.ValueOf(Uint16_StringError4Methods)}},
			"uint32":     {{reflect.TypeFor[Uint32_StringError1](), reflect.ValueOf(Uint32_StringError1Methods)}, {reflect.TypeFor[Uint32_StringError2](), reflect.ValueOf(Uint32_StringError2Methods)}, {reflect.TypeFor[Uint32_StringError3](), reflect.ValueOf(Uint32_StringError3Methods)}, {reflect.TypeFor[Uint32_StringError4](), reflect.ValueOf(Uint32_StringError4Methods)}},
			"uint64":     {{reflect.TypeFor[Uint64_StringError1](), reflect.ValueOf(Uint64_StringError1Methods)}, {reflect.TypeFor[Uint64_StringError2](), reflect.ValueOf(Uint64_StringError2Methods)}, {reflect.TypeFor[Uint64_StringError3](), reflect.ValueOf(Uint64_StringError3Methods)}, {reflect.TypeFor[Uint64_StringError4](), reflect.ValueOf(Uint64_StringError4Methods)}},
			"uintptr":    {{reflect.TypeFor[Uintptr_StringError1](), reflect.ValueOf(Uintptr_StringError1Methods)}, {reflect.TypeFor[Uintptr_StringError2](), reflect.ValueOf(Uintptr_StringError2Methods)}, {reflect.TypeFor[Uintptr_StringError3](), reflect.ValueOf(Uintptr_StringError3Methods)}, {reflect.TypeFor[Uintptr_StringError4](), reflect.ValueOf(Uintptr_StringError4Methods)}},
			"float32":    {{reflect.TypeFor[Float32_StringError1](), reflect.ValueOf(Float32_StringError1Methods)}, {reflect.TypeFor[Float32_StringError2](), reflect.ValueOf(Float32_StringError2Methods)}, {reflect.TypeFor[Float32_StringError3](), reflect.ValueOf(Float32_StringError3Methods)}, {reflect.TypeFor[Float32_StringError4](), reflect.ValueOf(Float32_StringError4Methods)}},
			"float64":    {{reflect.TypeFor[Float64_StringError1](), reflect.ValueOf(Float64_StringError1Methods)}, {reflect.TypeFor[Float64_StringError2](), reflect.ValueOf(Float64_StringError2Methods)}, {reflect.TypeFor[Float64_StringError3](), reflect.ValueOf(Float64_StringError3Methods)}, {reflect.TypeFor[Float64_StringError4](), reflect.ValueOf(Float64_StringError4Methods)}},
			"complex64":  {{reflect.TypeFor[Complex64_StringError1](), reflect.ValueOf(Complex64_StringError1Methods)}, {reflect.TypeFor[Complex64_StringError2](), reflect.ValueOf(Complex64_StringError2Methods)}, {reflect.TypeFor[Complex64_StringError3](), reflect.ValueOf(Complex64_StringError3Methods)}, {reflect.TypeFor[Complex64_StringError4](), reflect.ValueOf(Complex64_StringError4Methods)}},
			"complex128": {{reflect.TypeFor[Complex128_StringError1](), reflect.ValueOf(Complex128_StringError1Methods)}, {reflect.TypeFor[Complex128_StringError2](), reflect.ValueOf(Complex128_StringError2Methods)}, {reflect.TypeFor[Complex128_StringError3](), reflect.ValueOf(Complex128_StringError3Methods)}, {reflect.TypeFor[Complex128_StringError4](), reflect.ValueOf(Complex128_StringError4Methods)}},
			"string":     {{reflect.TypeFor[String_StringError1](), reflect.ValueOf(String_StringError1Methods)}, {reflect.TypeFor[String_StringError2](), reflect.ValueOf(String_StringError2Methods)}, {reflect.TypeFor[String_StringError3](), reflect.ValueOf(String_StringError3Methods)}, {reflect.TypeFor[String_StringError4](), reflect.ValueOf(String_StringError4Methods)}},
			"[]byte":     {{reflect.TypeFor[Bytes_StringError1](), reflect.ValueOf(Bytes_StringError1Methods)}, {reflect.TypeFor[Bytes_StringError2](), reflect.ValueOf(Bytes_StringError2Methods)}, {reflect.TypeFor[Bytes_StringError3](), reflect.ValueOf(Bytes_StringError3Methods)}, {reflect.TypeFor[Bytes_StringError4](), reflect.ValueOf(Bytes_StringError4Methods)}},
		},
	}
})
