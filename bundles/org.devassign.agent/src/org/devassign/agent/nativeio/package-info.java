/**
 * The few libc calls the agent needs (open, close, ioctl, mmap, munmap, eventfd, poll, read,
 * write, pread, pwrite), bound through java.lang.foreign with errno captured at the call.
 *
 * <p>Linux x86_64/aarch64 LP64 only. No VFIO knowledge here; callers turn {@link
 * org.devassign.agent.nativeio.NativeException} into messages that name the device.
 */
package org.devassign.agent.nativeio;
