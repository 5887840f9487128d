"""macOS screen-lock and sleep notifications for the session watcher, through ctypes only.

Two sources, both delivered on the main run loop that Qt's Cocoa event loop runs:

- ``com.apple.screenIsLocked``, posted to the *distributed* notification center when the
  screen locks; reached with CoreFoundation's C API (``CFNotificationCenterAddObserver``),
  so no Objective-C object is needed.
- ``NSWorkspaceWillSleepNotification``, posted to NSWorkspace's own notification center
  before the Mac sleeps; that center is Objective-C only, so a small observer class with one
  method (``waystationWillSleep:``) is made at run time with the Objective-C runtime's C
  functions.

Nothing here runs except on macOS (``SessionLockWatcher`` calls ``start`` only there); any
failure leaves the idle timer as the only automatic lock and is logged by name only. The
message handling (``mac_lock_reason``, ``MacSessionObserver.notify`` and the callbacks'
Python bodies) is unit-tested on Linux; the platform calls are not run by the test suite.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from collections.abc import Callable

from desktop.lock_reason import LockReason

log = logging.getLogger(__name__)

SCREEN_LOCKED = "com.apple.screenIsLocked"
WILL_SLEEP = "NSWorkspaceWillSleepNotification"
_K_CF_STRING_ENCODING_UTF8 = 0x08000100
_DELIVER_IMMEDIATELY = 4  # CFNotificationSuspensionBehaviorDeliverImmediately

# void (*)(CFNotificationCenterRef, void *observer, CFStringRef name, const void *object,
#          CFDictionaryRef userInfo)
CF_CALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                               ctypes.c_void_p, ctypes.c_void_p)
# An Objective-C method taking one object: void (*)(id self, SEL _cmd, id notification)
OBJC_IMP = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)

# The run-time class can be registered once per process, so its method dispatches to
# whichever observers are live.
_LIVE: list[MacSessionObserver] = []
_CLASS_NAME = b"WaystationSleepObserver"


def mac_lock_reason(name: str) -> LockReason | None:
    """What a macOS notification name means for the casebook: a reason to lock, or nothing."""
    if name == SCREEN_LOCKED:
        return LockReason.SCREEN
    if name == WILL_SLEEP:
        return LockReason.SLEEP
    return None


def _screen_locked(_center, _observer, _name, _object, _info) -> None:  # noqa: ANN001
    for observer in list(_LIVE):
        observer.notify(SCREEN_LOCKED)


def _will_sleep(_self, _cmd, _notification) -> None:  # noqa: ANN001
    for observer in list(_LIVE):
        observer.notify(WILL_SLEEP)


# Made once and kept for the process: Objective-C and CF keep raw pointers to them.
_SCREEN_CALLBACK = CF_CALLBACK(_screen_locked)
_SLEEP_IMP = OBJC_IMP(_will_sleep)


class MacSessionObserver:
    def __init__(self, on_lock: Callable[[str], None]) -> None:
        self._on_lock = on_lock
        self._stops: list[Callable[[], None]] = []

    def notify(self, name: str) -> None:
        reason = mac_lock_reason(name)
        if reason is not None:
            self._on_lock(reason.value)

    def start(self) -> list[str]:
        """Register for both notifications; the names of those that were registered."""
        _LIVE.append(self)
        listening: list[str] = []
        if sys.platform != "darwin":  # tests build the watcher as if on macOS: no calls
            return listening
        for name, register in ((SCREEN_LOCKED, self._register_screen_lock),
                               (WILL_SLEEP, self._register_sleep)):
            try:
                self._stops.append(register())
                listening.append(name)
            except (OSError, AttributeError, ValueError, TypeError) as exc:
                log.warning("session lock: %s unavailable (%s)", name, type(exc).__name__)
        return listening

    def stop(self) -> None:
        for stop in self._stops:
            try:
                stop()
            except (OSError, AttributeError, ValueError, TypeError):
                pass
        self._stops.clear()
        if self in _LIVE:
            _LIVE.remove(self)

    # -- the platform calls (macOS only) -------------------------------------------------
    def _register_screen_lock(self) -> Callable[[], None]:
        cf = ctypes.CDLL(ctypes.util.find_library("CoreFoundation"))
        cf.CFNotificationCenterGetDistributedCenter.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                                 ctypes.c_uint32]
        cf.CFNotificationCenterAddObserver.argtypes = [
            ctypes.c_void_p, ctypes.c_void_p, CF_CALLBACK, ctypes.c_void_p, ctypes.c_void_p,
            ctypes.c_long]
        cf.CFNotificationCenterRemoveEveryObserver.argtypes = [ctypes.c_void_p,
                                                               ctypes.c_void_p]
        center = cf.CFNotificationCenterGetDistributedCenter()
        name = cf.CFStringCreateWithCString(None, SCREEN_LOCKED.encode(),
                                            _K_CF_STRING_ENCODING_UTF8)
        token = ctypes.c_void_p(id(self))  # any unique pointer identifies the observer
        cf.CFNotificationCenterAddObserver(center, token, _SCREEN_CALLBACK, name, None,
                                           _DELIVER_IMMEDIATELY)
        return lambda: cf.CFNotificationCenterRemoveEveryObserver(center, token)

    def _register_sleep(self) -> Callable[[], None]:
        objc = ctypes.CDLL(ctypes.util.find_library("objc"))
        appkit = ctypes.CDLL(ctypes.util.find_library("AppKit"))
        objc.objc_getClass.restype = ctypes.c_void_p
        objc.objc_getClass.argtypes = [ctypes.c_char_p]
        objc.sel_registerName.restype = ctypes.c_void_p
        objc.sel_registerName.argtypes = [ctypes.c_char_p]
        objc.objc_allocateClassPair.restype = ctypes.c_void_p
        objc.objc_allocateClassPair.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                                ctypes.c_size_t]
        objc.class_addMethod.restype = ctypes.c_bool
        objc.class_addMethod.argtypes = [ctypes.c_void_p, ctypes.c_void_p, OBJC_IMP,
                                         ctypes.c_char_p]
        objc.objc_registerClassPair.argtypes = [ctypes.c_void_p]
        sel = objc.sel_registerName
        address = ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value
        # objc_msgSend must be called through a prototype of the exact signature (arm64).
        send0 = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(address)
        send1 = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p,
                                 ctypes.c_void_p)(address)
        send4 = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                                 ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(address)

        cls = objc.objc_getClass(_CLASS_NAME)
        if not cls:
            cls = objc.objc_allocateClassPair(objc.objc_getClass(b"NSObject"), _CLASS_NAME, 0)
            objc.class_addMethod(cls, sel(b"waystationWillSleep:"), _SLEEP_IMP, b"v@:@")
            objc.objc_registerClassPair(cls)
        instance = send0(send0(cls, sel(b"alloc")), sel(b"init"))
        workspace = send0(objc.objc_getClass(b"NSWorkspace"), sel(b"sharedWorkspace"))
        center = send0(workspace, sel(b"notificationCenter"))
        name = ctypes.c_void_p.in_dll(appkit, WILL_SLEEP).value
        send4(center, sel(b"addObserver:selector:name:object:"), instance,
              sel(b"waystationWillSleep:"), name, None)
        return lambda: send1(center, sel(b"removeObserver:"), instance)
