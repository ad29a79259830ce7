/**
 * The few libc calls the agent needs (open, close, ioctl, mmap, munmap, eventfd, poll, read,
 * write, pread, pwrite, strerror), bound through java.lang.foreign with one exact descriptor per C
 * function and errno captured at the call; {@link org.devassign.agent.nativeio.Downcalls} is how
 * every binding is made, also the hand-off's socket calls in the agent service.
 *
 * <p>Linux x86_64/aarch64 LP64 only. No VFIO knowledge here; callers turn {@link
 * org.devassign.agent.nativeio.NativeException} into messages that name the device.
 */
package org.devassign.agent.nativeio;
